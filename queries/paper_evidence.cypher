// paper_evidence: every extracted fact read from one paper, with the evidence for it.
// Parameters: paper (the paper id: arXiv id such as 2602.09082, or DOI)
// Columns: relation (relationship type, e.g. EVALUATES_ON), target (name of the fact's object), section, sentence, start, end
// Evidence is stored as parallel lists on each relationship. Index k = i - size(list) runs from
// -size to -1, which is the same element in 0-based (Neo4j) and 1-based (LadybugDB) lists.
MATCH ()-[r]->(o)
UNWIND range(0, size(r.evidence_papers) - 1) AS i
WITH r, o, i - size(r.evidence_papers) AS k
WHERE r.evidence_papers[k] = $paper
RETURN type(r) AS relation, o.name AS target, r.evidence_sections[k] AS section,
       r.evidence_sentences[k] AS sentence, r.evidence_starts[k] AS start, r.evidence_ends[k] AS `end`
ORDER BY section, start, `end`, relation, target
