// first_seen_in_digest: entities first seen in a given digest.
// Parameters: digest (digest name, the digest file stem, e.g. seed-cs.CV-digest)
// Columns: type (the node's class: Paper, Method, Benchmark ...), name
MATCH (n)
WHERE n.first_seen_digest = $digest
RETURN n.type AS type, n.name AS name
ORDER BY type, name
