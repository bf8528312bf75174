package io.mezasu.startupcost.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** One Panache entity, so Hibernate builds a persistence unit (its table comes from the Flyway migration). */
@Entity
public class Note extends PanacheEntity {

    public String text;
}
