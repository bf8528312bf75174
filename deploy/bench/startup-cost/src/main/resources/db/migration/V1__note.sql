-- The one migration: the Note entity's table and the sequence PanacheEntity's id uses.
CREATE SEQUENCE note_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE note (
    id   BIGINT PRIMARY KEY,
    text VARCHAR(255)
);
