### "Privacy" tab (zone pivot "privsection"), in page order.
### Reference locale (en-US).

privacy-gdpr = Do you have GDPR or other privacy or data protection requirements or obligations (for example, CCPA)?

privacy-external-notice = Does the app have an external privacy notice that describes how it collects, uses, shares, and stores customer data?

# Row label; the answer is a link.
privacy-policy-url = Privacy policy URL

privacy-automated-decisions = Does the app perform automated decision-making, including profiling, that could have a legal or similar effect?

# Shown only on pages of some waves.
privacy-objection = Do individuals have the option to object to processing?

privacy-secondary-purpose = Does the app process customer data for a secondary purpose not described in the privacy notice (for example, marketing or analytics)?

privacy-special-categories = Do you process special categories of sensitive data (for example, racial or ethnic origin, political opinions, religious or philosophical beliefs, genetic or biometric data, health data) or categories of data subject to breach notification laws?

privacy-minors = Does the app collect or process data from minors (that is, individuals under 16 years of age)?

# Follows the question about minors; shown only on pages of some waves.
privacy-parental-consent = Is consent obtained from a parent or legal guardian?

privacy-deletion = Does the app have the capability to delete an individual’s personal data upon request?

privacy-restriction = Does the app have the capability to restrict or limit the processing of an individual’s personal data upon request?

privacy-correction = Does the app provide individuals with the ability to correct or update their personal data?

privacy-reviews = Are regular privacy and data protection reviews conducted (for example, Data Protection Impact Assessments or Privacy Risk Assessments) to identify risks related to personal data processing for the app?
