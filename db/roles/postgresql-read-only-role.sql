-- A read-only PostgreSQL role for analysts' SQL (positions-tracker report, overview, export...).
-- Run once, as the server's administrator (a superuser), connected to the tracker's database:
--
--   psql -d TRACKER_DATABASE -v reader=tracker_reader -v owner=tracker -f db/roles/postgresql-read-only-role.sql
--   psql -d TRACKER_DATABASE -c '\password tracker_reader'
--
-- reader: the new role; owner: the role the tracker logs in as (TRACKER_DB_USER), which creates
-- the tables. Then give the tracker TRACKER_DB_READER_USER=tracker_reader and
-- TRACKER_DB_READER_PASSWORD. (\password asks for the password and sends it hashed: it never
-- appears on a command line or in this file.)

CREATE ROLE :"reader" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE :"DBNAME" TO :"reader";
GRANT USAGE ON SCHEMA public TO :"reader";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"reader";
-- tables and views that later migrations create (the owner creates them)
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT ON TABLES TO :"reader";

-- PostgreSQL 14 and older let every role create tables and functions in the schema public
-- (15 and later do not): keep that right for the owner only.
GRANT USAGE, CREATE ON SCHEMA public TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
