"""RDF: IRIs, the KnowledgeGraph as triples, serialisation and SHACL validation."""
