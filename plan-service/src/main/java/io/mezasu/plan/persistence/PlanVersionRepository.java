package io.mezasu.plan.persistence;

import io.mezasu.plan.domain.PlanStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlanVersionRepository implements PanacheRepository<PlanVersionEntity> {

    public Optional<PlanVersionEntity> draft(String key) {
        return find("planKey = ?1 and status = ?2", key, PlanStatus.DRAFT).firstResultOptional();
    }

    /** The draft, locked until the transaction ends, so two publishes cannot both freeze it. */
    public Optional<PlanVersionEntity> draftForUpdate(String key) {
        return find("planKey = ?1 and status = ?2", key, PlanStatus.DRAFT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<PlanVersionEntity> published(String key, int version) {
        return find("planKey = ?1 and version = ?2", key, version).firstResultOptional();
    }

    public Optional<PlanVersionEntity> latestPublished(String key) {
        return find("planKey = ?1 and status = ?2", Sort.descending("version"), key, PlanStatus.PUBLISHED)
                .firstResultOptional();
    }

    public int latestVersionNumber(String key) {
        Integer max = getEntityManager()
                .createQuery("select max(p.version) from PlanVersionEntity p where p.planKey = ?1", Integer.class)
                .setParameter(1, key).getSingleResult();
        return max == null ? 0 : max;
    }

    public boolean exists(String key) {
        return count("planKey", key) > 0;
    }

    /** Plan keys in order; with {@code publishedOnly}, keys that only have a draft are left out. */
    public List<String> keys(int page, int size, boolean publishedOnly) {
        var query = getEntityManager().createQuery("select distinct p.planKey from PlanVersionEntity p"
                + where(publishedOnly) + " order by p.planKey", String.class);
        return withStatus(query, publishedOnly).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countKeys(boolean publishedOnly) {
        var query = getEntityManager().createQuery("select count(distinct p.planKey) from PlanVersionEntity p"
                + where(publishedOnly), Long.class);
        return withStatus(query, publishedOnly).getSingleResult();
    }

    private static String where(boolean publishedOnly) {
        return publishedOnly ? " where p.status = :status" : "";
    }

    private static <T> jakarta.persistence.TypedQuery<T> withStatus(jakarta.persistence.TypedQuery<T> query,
            boolean publishedOnly) {
        return publishedOnly ? query.setParameter("status", PlanStatus.PUBLISHED) : query;
    }

    public List<PlanVersionEntity> versions(String key) {
        return find("planKey", Sort.ascending("version"), key).page(Page.ofSize(1000)).list();
    }
}
