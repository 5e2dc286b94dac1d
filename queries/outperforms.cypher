// outperforms: what a method is claimed to outperform, and in which paper.
// Parameters: method (name or alias of the method, case-insensitive)
// Columns: method, baseline, paper_id
WITH toLower($method) AS wanted
MATCH (m:Method)-[r:OUTPERFORMS]->(b:Method)
WHERE toLower(m.name) = wanted OR any(alias IN m.aliases WHERE toLower(alias) = wanted)
UNWIND r.evidence_papers AS paper_id
RETURN DISTINCT m.name AS method, b.name AS baseline, paper_id
ORDER BY baseline, paper_id
