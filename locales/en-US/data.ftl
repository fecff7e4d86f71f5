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
