### Published machine-translation wordings of the messages of identity.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

identity-azure-ad =
    .mt1 = Votre application s’intègre-t-elle à Microsoft Identity Platform (Azure AD) pour l’authentification unique, l’accès à l’API, etc. ?
    .mt2 = Votre application s’intègre-t-elle à Microsoft Identity Platform (Azure AD) pour l’authentification unique, l’accès aux API, etc. ?
    .mt3 = Votre application s’intègre-t-elle à la plateforme d’identités Microsoft (Azure AD) pour l’sign-on unique, l’accès à l’API, etc. ?
    .mt4 = Votre application s’intègre-t-elle à La plateforme d’identités Microsoft (Azure AD) pour l’sign-on unique, l’accès AUX API, etc. ?

identity-best-practices =
    .mt1 = Avez-vous examiné et respecté toutes les meilleures pratiques applicables décrites dans la liste de contrôle d’intégration Plateforme d'identités Microsoft ?
    .mt2 = Avez-vous examiné et respecté toutes les meilleures pratiques applicables décrites dans la liste de contrôle Plateforme d'identités Microsoft’intégration ?
    .mt3 = Avez-vous examiné et respecté toutes les meilleures pratiques applicables décrites dans la liste de contrôle d’intégration de la plateforme d’identités Microsoft ?

identity-msal =
    .mt1 = Votre application utilise-t-elle la dernière version de MSAL (Bibliothèque d’authentification Microsoft) ou Microsoft Identity Web pour l’authentification ?
    .mt2 = Votre application utilise-t-elle la dernière version de MSAL (Microsoft Authentication Library) ou Microsoft Identity Web pour l’authentification ?

identity-auth-library =
    .mt1 = Si votre application n’utilise pas l’une des bibliothèques ci-dessus, quelle bibliothèque ou bibliothèque d’authentification utilise-t-elle ?
    .mt2 = Si votre application n’utilise pas l’une des bibliothèques ci-dessus, quelle bibliothèque d’authentification utilise-t-elle ?

identity-policy-types =
    .mt1 = Répertorier les types de stratégies prises en charge
    .mt2 = Liste des types de stratégies pris en charge

identity-least-privilege =
    .mt1 = Votre application demande-t-elle des autorisations de privilège minimum pour votre scénario ?

identity-cae =
    .mt1 = Votre application prend-elle en charge l’évaluation continue de l’accès (CAE)
    .mt2 = Votre application prend-elle en charge l’évaluation de l’accès continu (CAE)

identity-additional-apis =
    .mt1 = Les applications et compléments pour Microsoft 365 peuvent utiliser des API Microsoft supplémentaires en dehors de Microsoft Graph. Votre application ou complément utilise-t-il des API Microsoft supplémentaires ?
    .mt2 = Les applications et les compléments pour Microsoft 365 peuvent utiliser des API Microsoft supplémentaires en dehors de Microsoft Graph. Votre application ou complément utilise-t-il des API Microsoft supplémentaires ?

graph-permission =
    .mt1 = Graph d’autorisation

graph-app-id =
    .mt1 = Azure AD’application
    .mt2 = : ID client Azure AD

data-graph-app-id =
    .mt1 = ID d’application Azure AD
    .mt2 = Azure AD’application

note-no-additional-apis =
    .mt1 = Cette application n’a pas d’API supplémentaires.
    .mt2 = Cette application ne comprend pas d’API supplémentaires.

heading-identity-information =
    .mt1 = Informations d’identité

intro-identity =
    .mt1 = Ces informations ont été fournies par { $publisher } sur la façon dont cette application gère l’authentification, l’autorisation, les meilleures pratiques d’inscription d’application et d’autres critères d’identité.
    .mt2 = Ces informations ont été fournies par { $publisher } sur la façon dont cette application gère l’authentification, l’autorisation, les meilleures pratiques d’inscription des applications et d’autres critères d’identité.
    .mt3 = Ces informations ont été fournies par { $publisher } sur la façon dont cette application gère l’authentification, l’autorisation, les bonnes pratiques d’inscription d’application et d’autres critères d’identité.
    .mt4 = Ces informations ont été fournies par des { $publisher } sur la façon dont cette application gère l’authentification, l’autorisation, les meilleures pratiques d’inscription des applications et d’autres critères d’identité.

identity-legacy-integration =
    .mt1 = Intégrez-vous à La plateforme d’identification Microsoft (Azure AD) ?
    .mt2 = Intégrez-vous la plateforme d’identification Microsoft (Azure AD) ?
    .mt3 = Vous intégrez-vous à Microsoft Identify Platform (Azure AD) ?

identity-legacy-msal =
    .mt1 = Votre application utilise-t-elle MSAL (Microsoft Authentication Library) pour l’authentification ?

identity-legacy-static-permissions =
    .mt1 = Les autorisations inscrites statiquement de votre application reflètent-elles précisément les autorisations demandées par votre application de manière dynamique et incrémentielle ?
    .mt2 = Les autorisations enregistrées statiquement de votre application reflètent-elles précisément les autorisations que votre application demande dynamiquement et incrémentiellement ?

identity-legacy-multitenancy =
    .mt1 = Votre application prend-elle en charge l’location multiple ?

identity-legacy-redirect-uris =
    .mt1 = Êtes-vous propriétaire de l’URI (Identificateur de ressource unifié) de redirection inscrit pour votre application ?
    .mt2 = Êtes-vous propriétaire de tous les URI (Unified Resource Identifier) de redirection enregistrés pour votre application ?

identity-legacy-avoid =
    .mt1 = Pour votre application, que pouvez-vous éviter d’utiliser ?
    .mt2 = Pour votre application, qu’est-ce que vous évitez d’utiliser ?

identity-legacy-consent =
    .mt1 = Votre modèle d’autorisation autorise-t-il uniquement la réussite des appels si l’application cliente reçoit le consentement approprié ?
    .mt2 = Votre modèle d’autorisation autorise-t-il uniquement les appels à réussir si l’application cliente reçoit le consentement approprié ?

identity-legacy-preview-apis =
    .mt1 = Votre application utilise-t-elle des API de préversion ?
    .mt2 = Votre application utilise-t-elle les API d’aperçu ?

identity-legacy-deprecated-apis =
    .mt1 = Votre application utilise-t-elle des API déconseillées ?
