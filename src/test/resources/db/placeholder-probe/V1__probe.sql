-- A migration as V13 and later ones that differ between the vendors only in words are written (db/migration/README.md).
CREATE TABLE placeholder_probe (
    note ${text_type} ${collate_c},
    name VARCHAR(20) ${collate_c}
);
