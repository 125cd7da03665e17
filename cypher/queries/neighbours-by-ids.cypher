// Every relationship of each of the given nodes to an entity or item, either direction: one hop of a
// breadth-first walk. The report's text structure (Section, Passage, Footnote) is not walked: a
// section or paragraph in common is no connection between entities, and reading it would make every
// report a hub. The relationship types are those with an entity or item at both ends (a test keeps
// the list in step with the graph model): naming them lets the store skip a report's or a force's
// hundreds of section, passage and figure relationships instead of reading and dropping them
// (docs/benchmarks.md, "Before and after the whole report"). The relationship is returned whole so that its type (`_type` once normalised) and evidence travel
// with it.
// params: $ids (node ids of any label)
// columns: id (the given node), neighbourId, rel (the relationship), direction (OUT: from id to neighbourId; IN: the other way)
MATCH (node)-[rel:INSPECTS|MADE|OF_FORCE|ON_THEME|SUBTHEME_OF|CONTINUES|HAS_FINDING|ABOUT|RECOMMENDS|TO_FORCE|ADDRESSES|PART_OF|RUNS|PARTICIPATES_IN|SUCCESSOR_OF|INCLUDES|MENTIONS|TAGGED|DEFINES|MOST_SIMILAR_TO|HAS_FACT|STATES|PRESENTS]->(neighbour:Force|Report|Theme|Judgement|Finding|Recommendation|PartnerAgency|Unit|Initiative|ForceFact|Topic|Term)
WHERE node.id IN $ids
RETURN node.id AS id, neighbour.id AS neighbourId, rel, 'OUT' AS direction
UNION ALL
MATCH (node)<-[rel:INSPECTS|MADE|OF_FORCE|ON_THEME|SUBTHEME_OF|CONTINUES|HAS_FINDING|ABOUT|RECOMMENDS|TO_FORCE|ADDRESSES|PART_OF|RUNS|PARTICIPATES_IN|SUCCESSOR_OF|INCLUDES|MENTIONS|TAGGED|DEFINES|MOST_SIMILAR_TO|HAS_FACT|STATES|PRESENTS]-(neighbour:Force|Report|Theme|Judgement|Finding|Recommendation|PartnerAgency|Unit|Initiative|ForceFact|Topic|Term)
WHERE node.id IN $ids
RETURN node.id AS id, neighbour.id AS neighbourId, rel, 'IN' AS direction
