// The names of every partner agency, for the in-process search index (src/search/), in id order.
// params: (none)
// columns: id, name, acronym, aliases (other names the reports use)
MATCH (partner:PartnerAgency)
RETURN partner.id AS id, partner.name AS name, partner.acronym AS acronym, partner.aliases AS aliases
ORDER BY partner.id
