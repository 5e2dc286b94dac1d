// datasets_used_together: pairs of datasets/benchmarks evaluated on in the same paper.
// Parameters: none
// Columns: dataset_a, dataset_b (dataset_a < dataset_b by name), papers
MATCH (a:Dataset)<-[:EVALUATES_ON]-(p:Paper)-[:EVALUATES_ON]->(b:Dataset)
WHERE a.name < b.name
RETURN a.name AS dataset_a, b.name AS dataset_b, count(DISTINCT p) AS papers
ORDER BY papers DESC, dataset_a, dataset_b
