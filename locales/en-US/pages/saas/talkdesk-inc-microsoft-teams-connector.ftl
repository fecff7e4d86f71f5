### Free text of saas/talkdesk-inc-microsoft-teams-connector.md, in English.
### The publisher's answers, translated back from the published fr-FR page.

general-core-functionality = Microsoft Teams integration with Talkdesk that enables direct routing and the directory
data-processed-data = User profile data: first name, last name, full name, email address, phone number
data-stored-data = User profile data: first name, last name, full name, email address, phone number
identity-auth-library = https://rubygems.org/gems/oauth2, v1.4.4
graph-justification-user-read-all = Required to collect the profile data of MS Teams users
graph-justification-offline-access = Allows the app to see data even when the user who granted access is not signed in.
