// Every partner agency's names for the search index, with the reports whose text names it.
// params: (none)
// columns: id, name, acronym, aliases, reportIds (list of Report ids)
MATCH (partner:PartnerAgency)
OPTIONAL MATCH ()-[mention:MENTIONS]->(partner)
RETURN partner.id AS id, partner.name AS name, partner.acronym AS acronym, partner.aliases AS aliases,
  coalesce(collect(DISTINCT mention.reportId), []) AS reportIds
ORDER BY id
