### Azure AD application ID pages (azure/<id>.md), in page order.
### Reference locale (en-US).
### The table of the apps associated with the ID uses general-app-name (general.ftl), index-certified (index.ftl)
### and page-view-in-appsource (page.ftl) as header cells.

# Front matter "title" (YAML: do not use a colon followed by a space). $id is the Azure AD application ID (a GUID), which is data.
azure-title = Azure App ID information for { $id }

# Front matter "description". $id is the Azure AD application ID.
azure-description = All available security and compliance information for { $id }.

# H1 heading of the page. $id is the Azure AD application ID. The anchor before it is page structure.
azure-h1 = Azure App ID: { $id }

# H3 heading above the table of the apps that use this application ID.
azure-heading-apps = Apps associated with this ID:

# H3 heading above the compliance status list. "Microsoft 365 App Compliance" is the name of the program.
azure-heading-compliance-status = Microsoft 365 App Compliance status

# List item: the publisher has completed the publisher attestation.
azure-attestation-completed = Publisher Attestation status: Completed

# List item: the app passed Microsoft 365 Certification on the given date. The date is written by date-short (dates.ftl).
azure-certification-approved = Microsoft 365 Certification: Approved ({ date-short })
