### "Data handling" tab (zone pivot "data"), in page order.
### Reference locale (en-US).

# H3 heading of the "data" tab.
heading-data-handling = How the app handles data

# Sentence under the data heading. $publisher is the publisher (partner company) name, never translated.
intro-data = This information has been provided by { $publisher } about how this app collects and stores organizational data and the control that your organization will have over the data the app collects.

data-process-customer-data = Does the app or underlying infrastructure process any data related to a Microsoft customer or their device?

# The answer is free text written by the publisher.
data-processed-data = What data is processed by your app?

data-tls = Does the app support TLS 1.1 or higher?

data-store-customer-data = Does the app or underlying infrastructure store any Microsoft customer data?

# The answer is free text written by the publisher.
data-stored-data = What data is stored in your databases?

# The answer is a list of countries (enum-country-*).
data-storage-location = If the underlying infrastructure processes or stores Microsoft customer data, where is this data stored geographically?

data-retention-process = Do you have an established data retention and disposal process?

# The answer is an enum-retention-* value.
data-retention-period = How long is data retained after account termination?

data-access-management = Do you have an established data access management process?

# "Sub-processors" in the GDPR sense: fr "sous-traitants ultérieurs", de "Unterauftragsverarbeiter".
data-third-party-transfer = Do you transfer customer data or customer content to third parties or sub-processors?

# Shown only on pages of some waves.
data-sharing-agreements = Do you have data sharing agreements in place with any third-party service you share Microsoft customer data with?

# Older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-mcas, app-info-data-identity): sections of the
# "data" tab after intro-data, in page order. The H4 heading of the first section is heading-graph (identity.ftl).

# Paragraph above the Microsoft Graph permission table of older pages. The Markdown link is part of the message: keep its target unchanged.
data-graph-permissions = List any [Microsoft Graph permissions](/graph/permissions-reference) this app requires.

# Header cell of the permission table of older pages (block quote); the cells below are permission names such as User.Read.All. The last column is data-graph-app-id (identity.ftl).
data-graph-permission = Permission

# Header cell; the cells below are enum-permission-* values (Delegated, Application).
data-graph-permission-type = Type of permission (Delegated/Application)

# Header cell; the cells below are free text written by the publisher.
data-graph-collected = Is data collected? Justification for collecting it?

# Header cell; the cells below are free text written by the publisher.
data-graph-stored = Is data stored? Justification for storing it?

# H4 heading.
heading-other-apis = Data access using other Microsoft APIs

# Paragraph under the heading; a table of APIs (data-api-*) or the note note-no-additional-apis (identity.ftl) follows.
# OII: organizational identifiable information (fr "informations d’identification organisationnelle", de "organisationsidentifizierbare Informationen").
data-other-apis = Apps and add-ins built on Microsoft 365 may use additional Microsoft APIs other than Microsoft Graph to collect or process organizational identifiable information (OII). List any Microsoft APIs other than Microsoft Graph this app uses.

# Header cell of the table of other Microsoft APIs (block quote); the cells below are API names.
data-api = API

# Header cell; the cells below are answer words.
data-api-oii-collected = Is OII collected?

# Header cell; the cells below are free text written by the publisher.
data-api-oii-collected-what = What OII is collected?

# Header cell; the cells below are free text written by the publisher.
data-api-collect-justification = Justification for collecting OII?

# Header cell; the cells below are answer words.
data-api-oii-stored = Is OII stored?

# Header cell; the cells below are free text written by the publisher.
data-api-store-justification = Justification for storing OII?

# H4 heading.
heading-non-microsoft-services = Non-Microsoft services used

# Paragraph under the heading; a table (data-services-*), a note or the publisher’s answer follows.
data-non-microsoft-services = If the app transfers or shares organizational data with a non-Microsoft service, list the non-Microsoft service the app uses, what data is transferred, and include a justification for why the app needs to transfer this information.

# Header cell of the table of non-Microsoft services (block quote); the cells below are written by the publisher.
data-services-name = All non-Microsoft services OII is transferred to

# Header cell; the cells below are free text written by the publisher.
data-services-oii = What OII is transferred?

# Header cell; the cells below are free text written by the publisher.
data-services-justification = Justification for transferring OII?

# One-line note (block quote) shown instead of the table of non-Microsoft services.
note-no-non-microsoft-services = Non-Microsoft services are not used.

# H4 heading.
heading-bots = Data access via bots

# Paragraph under the heading; the publisher’s answer follows (free text, a table or a note).
# EUII: end-user identifiable information (fr "informations d’identification de l’utilisateur final", de "Endbenutzer-identifizierbare Informationen").
data-bots = If this app contains a bot or a messaging extension, it can access end-user identifiable information (EUII): the roster (first name, last name, display name, email address) of any team member in a team or chat it’s added to. Does this app make use of this capability?

# Header cell of the bot table (block quote); the cells below are free text written by the publisher.
data-bots-justification = Justification for accessing EUII?

# Header cell; the cells below are answer words or free text.
data-bots-euii-stored = Is EUII stored in database(s)?

# Header cell; the cells below are free text written by the publisher.
data-bots-store-justification = Justification for storing EUII?

# One-line note (block quote) in the bot section.
note-no-euii-access = No EUII is accessed.

# H4 heading.
heading-telemetry = Telemetry data

# Paragraph under the heading; the publisher’s answer follows (free text).
data-telemetry = Does any organizational identifiable information (OII) or end-user identifiable information (EUII) appear in this application’s logs or telemetry? If yes, describe what data is stored and what the retention and removal policies are.

# One-line note (block quote) in the telemetry section.
note-no-oii-euii-telemetry = No OII or EUII appears in application telemetry or logs.

# H4 heading.
heading-organizational-controls = Organizational controls for data stored by partner

# Paragraph under the heading; the publisher’s answer follows (free text).
data-organizational-controls = Describe how organization admins can control their information in partner systems (for example: deletion, retention, auditing, archiving, end-user policy).

# H4 heading.
heading-human-review = Human review of organizational information

# Paragraph under the heading; the publisher’s answer follows (free text).
data-human-review = Are humans involved in reviewing or analyzing organizational identifiable information (OII) collected or stored by this app?
