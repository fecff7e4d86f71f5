### Azure AD application ID pages (azure/<id>.md), in page order.
### German (Germany). Formal address (Sie).
### The table of the apps associated with the ID uses general-app-name (general.ftl), index-certified (index.ftl)
### and page-view-in-appsource (page.ftl) as header cells.

# Front matter "title" (YAML: do not use a colon followed by a space). $id is the Azure AD application ID (a GUID), which is data.
azure-title = Informationen zur Azure-App-ID { $id }

# Front matter "description". $id is the Azure AD application ID.
azure-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zur Azure-App-ID { $id }.

# H1 heading of the page. $id is the Azure AD application ID. The anchor before it is page structure.
azure-h1 = Azure-App-ID: { $id }

# H3 heading above the table of the apps that use this application ID.
azure-heading-apps = Apps, die dieser ID zugeordnet sind:

# H3 heading above the compliance status list. "Microsoft 365 App Compliance" is the name of the program.
azure-heading-compliance-status = Status der Microsoft 365-App-Compliance

# List item: the publisher has completed the publisher attestation.
azure-attestation-completed = Status der Herausgeberbestätigung: Abgeschlossen

# List item: the app passed Microsoft 365 Certification on the given date. The date is written by date-short (dates.ftl).
azure-certification-approved = Microsoft 365-Zertifizierung: Genehmigt ({ date-short })
