// Unit tests never talk to Neo4j: the test runner may have set NEO4J_URI for the integration and
// e2e projects, so it is removed here (before each unit test file) and code under test that reads
// the configuration falls back to the embedded file store, as on a machine without Neo4j.
delete process.env.NEO4J_URI;
delete process.env.NEO4J_USER;
delete process.env.NEO4J_PASSWORD;
delete process.env.NEO4J_DATABASE;
