### Published machine-translation wordings of the messages of privacy.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

privacy-gdpr =
    .mt1 = Avez-vous un RGPD ou d’autres exigences ou obligations en matière de confidentialité ou de protection des données (comme le CCPA) ?
    .mt2 = Avez-vous des exigences en matière de confidentialité ou de protection des données ou d’autres obligations (telles que le CCPA) en matière de confidentialité ou de protection des données ?

privacy-external-notice =
    .mt1 = L’application a-t-elle un avis de confidentialité externe qui décrit comment elle collecte, utilise, partage et stocke les données client ?
    .mt2 = L’application a-t-elle une notification de confidentialité externe qui décrit comment elle collecte, utilise, partage et stocke les données client ?

privacy-automated-decisions =
    .mt1 = L’application effectue-t-elle une prise de décision automatisée, y compris le profilage qui pourrait avoir un effet juridique ou un impact similaire ?
    .mt2 = L’application effectue-t-elle une prise de décision automatisée, y compris le profilage qui peut avoir un effet juridique ou un impact similaire ?

privacy-objection =
    .mt1 = Les individus disposent-ils d’une option pour s’opposer au traitement ?
    .mt2 = Les individus ont-ils la possibilité de s’opposer au traitement ?

privacy-secondary-purpose =
    .mt1 = L’application traite-t-elle les données client à des fins secondaires qui ne sont pas décrites dans l’avis de confidentialité (c’est-à-dire marketing, analytique) ?
    .mt2 = L’application traitera-t-elle les données client à des fins secondaires qui ne sont pas décrites dans la notification de confidentialité (c’est-à-dire, marketing, analyse) ?

privacy-special-categories =
    .mt1 = Traitez-vous des catégories spéciales de données sensibles (origines raciales ou ethniques, opinions politiques, croyances religieuses ou philosophiques, données génétiques ou biométriques, données de santé) ou catégories de données soumises à des lois de notification de violation ?
    .mt2 = Traiter des catégories spéciales de données sensibles (c’est-à-dire, l’origine ethnique ou ethnique, l’opinion politique, les opinions ethniques ou ethniques, les données génétiques ou biométriques, les données de santé) ou les catégories de données soumises aux lois sur les notifications de violation ?

privacy-minors =
    .mt1 = L’application collecte-t-elle ou traite-t-elle des données auprès de mineurs (c’est-à-dire des personnes de moins de 16 ans) ?
    .mt2 = L’application collecte-t-elle ou traitera-t-elle des données à partir de mineurs (c’est-à-dire, des personnes de moins de 16 ans) ?

privacy-parental-consent =
    .mt1 = Le consentement est-il obtenu auprès d’un parent ou d’un tuteur légal ?
    .mt2 = Le consentement est-il obtenu auprès d’un parent ou d’un guardian juridique ?

privacy-deletion =
    .mt1 = L’application dispose-t-elle de fonctionnalités permettant de supprimer les données personnelles d’une personne sur demande ?
    .mt2 = L’application a-t-elle la possibilité de supprimer les données personnelles d’un individu sur demande ?

privacy-restriction =
    .mt1 = L’application dispose-t-elle de fonctionnalités permettant de restreindre ou de limiter le traitement des données personnelles d’une personne sur demande ?
    .mt2 = L’application a-t-elle la possibilité de restreindre ou de limiter le traitement des données personnelles d’une personne sur demande ?

privacy-correction =
    .mt1 = L’application offre-t-elle aux utilisateurs la possibilité de corriger ou de mettre à jour leurs données personnelles ?
    .mt2 = L’application permet-elle aux utilisateurs de corriger ou de mettre à jour leurs données personnelles ?

privacy-reviews =
    .mt1 = Des examens réguliers de la sécurité et de la confidentialité des données sont-ils effectués (par exemple, des évaluations d’impact sur la protection des données ou des évaluations des risques de confidentialité) pour identifier les risques liés au traitement des données personnelles pour l’application ?
    .mt2 = Des examens réguliers de la sécurité et de la confidentialité des données sont-ils effectués (par exemple, des analyses d’impact sur la protection des données ou des évaluations des risques de confidentialité) pour identifier les risques liés au traitement des données personnelles pour l’application ?
