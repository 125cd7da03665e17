// Every partner agency, by name.
// params: (none)
// columns: partner (PartnerAgency node)
MATCH (partner:PartnerAgency)
RETURN partner
ORDER BY partner.name
