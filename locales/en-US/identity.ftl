### "Identity" tab (zone pivot "zerotrust"), in page order: questions, Microsoft Graph permission table, notes.
### Reference locale (en-US).

# Product names: "Azure AD" stays as is; the Microsoft identity platform is "plateforme d’identités Microsoft" in Microsoft’s French documentation and "Microsoft Identity Platform" in its German documentation.
identity-azure-ad = Does your app integrate with Microsoft identity platform (Azure AD) for single sign-on, API access, etc.?

identity-best-practices = Have you reviewed and complied with all applicable best practices outlined in the Microsoft identity platform integration checklist?

identity-msal = Does your app use the latest version of MSAL (Microsoft Authentication Library) or Microsoft Identity Web for authentication?

# The answer is free text written by the publisher.
identity-auth-library = If your app does not use one of the above libraries, what authentication libraries does it use?

# Conditional Access is an Azure AD feature: "stratégies d’accès conditionnel", "Richtlinien für bedingten Zugriff".
identity-conditional-access = Does your app support Conditional Access policies?

# Follows the Conditional Access question (Conditional Access policy types); an instruction, not a question. The answer is free text.
identity-policy-types = List the supported policy types

# Shown only on pages of some waves.
identity-least-privilege = Does your app request least privilege permissions for your scenario?

# The published source had no question mark.
identity-cae = Does your app support Continuous Access Evaluation (CAE)?

identity-credentials-in-code = Does your app store credentials in code?

identity-additional-apis = Apps and add-ins for Microsoft 365 may use additional Microsoft APIs outside of Microsoft Graph. Does your app or add-in use additional Microsoft APIs?

# H4 heading above the Microsoft Graph permission table, in the identity (zerotrust) tab.
heading-graph = Data access using Microsoft Graph

# Header cell of the Microsoft Graph permission table; the cells below are permission names such as User.Read.All.
graph-permission = Graph permission

# Header cell; the cells below are enum-permission-* values (Delegated, Application).
graph-permission-type = Permission type

# Header cell; the cells below are free text written by the publisher.
graph-justification = Justification

# Header cell; the cells below are Azure AD application IDs linked to their page.
graph-app-id = Azure AD app ID

# One-line note (block quote) shown instead of the Graph permission table.
note-no-graph = This app does not use Microsoft Graph.

# One-line note (block quote) at the end of the identity tab.
note-no-additional-apis = This app has no additional APIs.
