### Azure AD application ID pages (azure/<id>.md), in page order.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !
### The table of the apps associated with the ID uses general-app-name (general.ftl), index-certified (index.ftl)
### and page-view-in-appsource (page.ftl) as header cells.

# Front matter "title" (YAML: do not use a colon followed by a space). $id is the Azure AD application ID (a GUID), which is data.
azure-title = Informations sur l’ID d’application Azure { $id }

# Front matter "description". $id is the Azure AD application ID.
azure-description = Toutes les informations de sécurité et de conformité disponibles pour l’ID d’application Azure { $id }.

# H1 heading of the page. $id is the Azure AD application ID. The anchor before it is page structure.
azure-h1 = ID d’application Azure : { $id }

# H3 heading above the table of the apps that use this application ID.
azure-heading-apps = Applications associées à cet ID :

# H3 heading above the compliance status list. "Microsoft 365 App Compliance" is the name of the program.
azure-heading-compliance-status = État de conformité des applications Microsoft 365

# List item: the publisher has completed the publisher attestation.
azure-attestation-completed = Statut de l’attestation de l’éditeur : terminée

# List item: the app passed Microsoft 365 Certification on the given date. The date is written by date-short (dates.ftl).
azure-certification-approved = Certification Microsoft 365 : approuvée ({ date-short })
