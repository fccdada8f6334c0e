# cosell's messages in Français (fr). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = Français
number-decimal = ,
number-group = { "\u202F" }
money = { $amount }{ "\u00A0" }USD
percent = { $value }{ "\u202F" }%
date = { $day } { $month_name } { $year }
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
count-markets = { $count ->
    [one] { $count } marché
   *[other] { $count } marchés
}

## Rules and status: editions, requirements, rungs, benefits, the status panel and `status` (src/editions, rules.rs, status.rs, present.rs, tui/widgets/status_panel.rs)
## @section rules: add this area's messages below, above the next section
# Requirement titles: the full title, and `.short` in at most 28 characters for narrow panels.
# Keys per wording: an edition whose English differs has its own key (req-account-partner-id).
req-account = MPN ID et un compte de place de marché actif
    .short = MPN ID, compte actif
req-account-partner-id = Partner ID et un compte de place de marché actif
    .short = Partner ID, compte actif
req-account-2025 = Partner ID et un compte Microsoft Marketplace actif
    .short = Partner ID, compte actif
req-profile = Profil d'entreprise complet dans Partner Center
    .short = Profil d'entreprise complet
req-listing = Fiche : plateformes, segments, type de solution et domaines
    .short = Fiche et domaines
req-listing-plays = Fiche : plateformes, type de solution, domaines et scénarios de vente
    .short = Fiche et scénarios de vente
req-one-pager = Présentation d'une page de la solution jointe
    .short = Présentation 1 page jointe
req-pitch-deck = Présentation commerciale de la solution jointe
    .short = Présentation commerciale
req-contacts = Contact commercial partenaire pour chaque marché
    .short = Contact ventes par marché
req-live = Offre en ligne sur Azure Marketplace ou AppSource
    .short = Offre en ligne
req-live-2025 = Offre en ligne sur Microsoft Marketplace
    .short = Offre en ligne
req-isv-connect = Inscription à ISV Connect (applications Dynamics 365)
    .short = Inscription à ISV Connect
req-isv-success = Inscrit à ISV Success (applications Dynamics 365)
    .short = Inscrit à ISV Success
req-revenue = 100 000 USD de revenus Azure ou place de marché en 12 mois
    .short = 100 000 USD en 12 mois
req-revenue-2025 = 100 000 USD de revenus de consommation Azure ou de ventes facturées sur Marketplace en 12 mois
    .short = 100 000 USD en 12 mois
req-azure = Plus de 50 % de l'infrastructure sur Azure
    .short = Plus de 50 % sur Azure
req-gold = Compétence Gold (offres de services)
    .short = Compétence Gold
req-diagram = Schéma d'architecture de référence joint
    .short = Schéma d'architecture
req-premium = Inscription à ISV Connect Premium
    .short = ISV Connect Premium
req-premium-2025 = Inscription à ISV Success Premium
    .short = ISV Success Premium
req-offer-type = Un type d'offre éligible à la co-vente
    .short = Type d'offre éligible
req-designation = Désignation Solutions Partner (offres de conseil)
    .short = Désignation (conseil)
req-ip-solution-type = Type de solution IP (application)
    .short = Type de solution IP
req-transactable = Offre transactionnelle sur la place de marché
    .short = Offre transactionnelle
req-transactable-2025 = Offre transactionnelle sur Microsoft Marketplace
    .short = Offre transactionnelle
rules-rung-not-co-sell-ready = Pas prêt pour la co-vente
rules-rung-not-ready = Pas prêt
rules-rung-not-in-market = Pas sur le marché
rules-rung-in-market = Sur le marché
rules-rung-co-sell-ready = Prêt pour la co-vente
rules-rung-azure-ip-incentivized = Co-vente IP Azure avec incitations
rules-rung-azure-ip-eligible = Éligible à la co-vente IP Azure
rules-rung-biz-apps-isv-connect-premium = Incitation Premium ISV Connect Business Applications
rules-rung-biz-apps-incentivized = Co-vente Business Applications avec incitations
rules-rung-biz-apps-premium-2023 = Incitation premium à la co-vente Business Applications
rules-rung-nothing = Rien d'atteint pour l'instant · suivant : { $next }
rules-rung-reached = Atteint : { $rung } · suivant : { $next }
rules-rung-top = Échelon le plus haut atteint : { $rung }
rules-summary-2020-09 = le premier onglet de co-vente ; présentation commerciale facultative
rules-summary-2021-02 = l'onglet de co-vente avec Gold et ISV Connect
rules-summary-2023-08 = Recommandations → Co-vente → Solutions, désignations Solutions Partner
rules-summary-2025-09 = le Partner Center d'aujourd'hui : Microsoft Marketplace, ISV Success, scénarios de vente FY26
rules-page-seeds = Place de marché commerciale → l'offre → l'onglet Co-vente avec Microsoft
rules-page-2023 = Recommandations → Co-vente → Solutions (la page n'existe que pour les offres déjà en ligne)
rules-after-submit-seeds = Microsoft examine les documents de co-vente et l'éligibilité de l'offre ; le statut de co-vente s'affiche sur l'offre dans Partner Center une fois l'examen terminé, et les vendeurs terrain de Microsoft voient l'offre dès qu'elle est prête pour la co-vente.
rules-after-submit-2023 = Microsoft examine les documents de co-vente et l'éligibilité de la solution ; le statut de co-vente s'affiche sur la solution une fois l'examen terminé, généralement en quelques jours ouvrés.
rules-word-account = compte de la place de marché commerciale
rules-word-account-2025 = compte Microsoft Marketplace
rules-word-storefront = Azure Marketplace ou AppSource
rules-word-marketplace = la place de marché
rules-word-microsoft-marketplace = Microsoft Marketplace
rules-word-sub-area = sous-domaine
rules-word-sub-areas = sous-domaines
rules-word-sales-play = scénario de vente
rules-word-sales-plays = scénarios de vente
rules-word-billed = revenus facturés sur la place de marché
rules-word-billed-2025 = ventes facturées sur Marketplace
rules-live-first-2023 = La solution doit déjà être en ligne : la page Co-vente n'existe pas avant.
rules-submit-seeds = Sélectionnez **Enregistrer le brouillon**, puis **Vérifier et publier**, puis **Publier**.
rules-submit-2023 = Sélectionnez **Soumettre pour vérification**.
rules-ben-sellers = Visible des vendeurs terrain de Microsoft
rules-ben-sellers-text = Visible des vendeurs terrain de Microsoft ; opportunités communes auprès des clients gérés par Microsoft
rules-ben-fee = Frais de place de marché réduits de 20 % à 10 %
rules-ben-fee-text = Frais de service de la place de marché réduits de 20 % à 10 % pour l'IaaS ou le SaaS vendu sur la place de marché
rules-ben-csp = Incitation de 10 % pour les revendeurs CSP
rules-ben-csp-text = Les partenaires fournisseurs de solutions cloud (CSP) reçoivent une incitation de 10 % pour revendre l'offre
rules-ben-macc = Les ventes comptent dans les engagements de consommation Azure
rules-ben-macc-text = Les ventes comptent dans les engagements de consommation Azure des clients (« Azure benefit eligible »)
rules-ben-badge = Badge « Preferred solutions » dans les vitrines
rules-ben-badge-text = Badge « Preferred solutions » dans les vitrines
rules-ben-seller-incentive = Les vendeurs Microsoft sont incités à la vendre
rules-ben-seller-incentive-text = Les vendeurs terrain de Microsoft reçoivent des incitations lorsqu'ils la vendent avec vous
rules-ben-macc-2023 = Les ventes comptent dans les engagements de consommation Azure (plans payants)
rules-ben-macc-2023-text = Les ventes comptent dans les engagements de consommation Azure des clients (« Azure benefit eligible »), pour les plans dont le prix est supérieur à zéro
rules-ben-macc-2025 = Les ventes comptent dans les engagements de consommation Azure (plans payants uniquement)
rules-ben-macc-2025-text = Les ventes comptent dans les engagements de consommation Azure des clients (« Azure benefit eligible »), pour les plans dont le prix est supérieur à zéro : les plans gratuits et ceux avec votre propre licence (BYOL) ne comptent pas
rules-ben-fee-2025 = Frais Microsoft Marketplace réduits de 20 % à 10 %
rules-ben-fee-2025-text = Frais de service Microsoft Marketplace réduits de 20 % à 10 % pour l'IaaS ou le SaaS vendu sur Microsoft Marketplace
rules-note-premium-considered = Microsoft tient aussi compte des revenus et des résultats de co-vente des 12 derniers mois : l'offre peut être prise en considération pour l'incitation Premium, sans que celle-ci soit acquise.
rules-note-top-tier-2023 = Les incitations des vendeurs ne s'obtiennent pas par le seul statut : elles sont possibles par un parcours de niveau supérieur (par exemple 4 millions USD de ventes facturées sur la place de marché, ou 12 nouveaux clients de la place de marché au-delà de 10 000 USD, sur les 12 derniers mois).
rules-note-fee-gone-2023 = La réduction des frais de place de marché et l'incitation CSP des règles antérieures ont disparu : les frais standard sont de 3 % depuis 2022.
rules-note-top-tier-2025 = Les incitations des vendeurs ne s'obtiennent pas par le seul statut : elles sont possibles par un parcours de niveau supérieur (par exemple 4 millions USD de ventes facturées sur Marketplace, ou 12 nouveaux clients Marketplace au-delà de 10 000 USD, sur les 12 derniers mois), et automatiques avec une désignation Solutions Partner with certified software (Azure ou Security) ou une désignation Industry AI.
rules-note-certified-2025 = Les vendeurs Microsoft sont incités à la vendre (BEN-SELLER-INCENTIVE) : obtenu grâce à votre désignation certified software.
rules-note-certified-later-2025 = Votre désignation certified software vous vaut les incitations des vendeurs (BEN-SELLER-INCENTIVE) dès que l'offre est éligible à la co-vente IP Azure.
rules-note-fee-gone-2025 = La réduction des frais Microsoft Marketplace et l'incitation CSP des règles antérieures ont disparu : les frais standard sont de 3 % depuis 2022.
rules-field-2023-offer-type-help = Détermine les échelons que l'offre peut atteindre : les cinq types IP Azure peuvent devenir éligibles à la co-vente IP Azure ; les applications et compléments pour Microsoft Office ne peuvent pas être co-vendus.
rules-field-2023-live-help = L'offre est-elle publiée en ligne ? Partner Center n'affiche la page Co-vente que pour les offres en ligne.
rules-field-2023-transactable-help = L'offre est-elle vendue sur la place de marché ? L'éligibilité à la co-vente IP Azure exige une offre transactionnelle, et les revenus facturés comptent alors.
rules-field-2023-mpn-id = Partner ID (anciennement MPN ID)
rules-field-2023-mpn-id-help = Votre Partner ID, anciennement le MPN ID : des chiffres uniquement.
rules-field-2023-isv-connect-help = Niveau d'inscription à ISV Connect ; les applications Dynamics 365 sur Dataverse et Power Apps, et les applications Dynamics 365 Operations en ont besoin ; Premium débloque l'incitation Business Applications.
rules-field-2023-solution-type-help = Exactement un : Appareil, IP (application), Service managé ou Service ; la co-vente IP Azure exige IP.
rules-field-2023-area-help = Le premier domaine de solution ; les règles en acceptent de 1 à 5.
rules-field-2023-sub-areas = {"  "}scénarios de vente
rules-field-2023-sub-areas-help = 1 à 5 scénarios de vente du domaine ci-dessus, séparés par des virgules.
rules-field-2025-account-active-help = Votre compte Microsoft Marketplace dans Partner Center est-il actif ?
rules-field-2025-live-help = L'offre est-elle publiée en ligne sur Microsoft Marketplace ? Partner Center n'affiche la page Co-vente que pour les offres en ligne.
rules-field-2025-transactable-help = L'offre est-elle vendue sur Microsoft Marketplace (transactionnelle) ? L'éligibilité à la co-vente IP Azure exige une offre transactionnelle.
rules-field-2025-isv-success = ISV Success
rules-field-2025-isv-success-help = Inscription à ISV Success (aucune, Standard ou Premium) ; les applications Dynamics 365 sur Dataverse et Power Apps, et les applications Dynamics 365 Operations en ont besoin ; Premium débloque l'incitation Business Applications.
rules-field-2025-certified-help = Facultatif : une désignation Solutions Partner with certified software (Azure ou Security) ou une désignation Industry AI. Elle ne change aucun statut ; à l'échelon IP Azure, elle vaut les incitations des vendeurs.
rules-field-2025-area-help = Le premier domaine de solution ; les règles en acceptent de 1 à 5. FY26 en compte trois : AI Business Solutions, Cloud and AI Platforms, Security.
rules-field-2025-sub-areas-help = 1 à 5 scénarios de vente du domaine ci-dessus, séparés par des virgules. Microsoft publie les scénarios FY26 mais pas leurs domaines : le regroupement proposé est une interprétation de cosell.
rules-field-2025-azure-consumed-help = Revenus de consommation Azure de l'organisation, 12 derniers mois, en USD. Ceux-ci ou les ventes facturées sur Marketplace atteignant 100 000 USD suffisent ; les deux ne s'additionnent pas.
rules-field-2025-billed = Facturé Marketplace 12 mois
rules-field-2025-billed-help = Les ventes facturées sur Microsoft Marketplace de votre organisation, 12 derniers mois, en USD ; elles comptent que l'offre soit transactionnelle ou non.
rules-test-summary = une édition réservée aux tests
rules-test-not-ready = Test : pas prêt
rules-test-in-market = Test : sur le marché
rules-test-co-sell-ready = Test : prêt pour la co-vente
rules-test-azure-ip = Test : IP Azure
rules-test-biz-apps = Test : Business Applications
rules-test-live = En ligne (édition de test)
rules-not-answered = pas de réponse
rules-type-unknown-applies = pas de réponse ; il décide si cela s'applique
rules-type-unknown-programme = pas de réponse ; il décide si { $programme } est nécessaire
rules-type-unknown-gold = pas de réponse ; il décide si Gold est nécessaire
rules-type-unknown-designation = pas de réponse ; il décide si une désignation est nécessaire
rules-only-azure-ip = uniquement pour les offres SaaS, Azure Application, Container, Virtual Machine et IoT Edge, pas { $offer_type }
rules-only-biz-apps = uniquement pour les offres Dynamics 365 et Power Apps, pas { $offer_type }
rules-premium-not-business-central = les offres Business Central ne font pas partie de l'incitation Premium dans les règles { $edition }
rules-only-ce-fo = uniquement pour les applications Dynamics 365 sur Dataverse et Power Apps, et les applications Dynamics 365 Operations, pas { $offer_type }
rules-business-central-no-programme = les offres Business Central n'ont pas besoin de { $programme }
rules-only-isv-offers = uniquement pour les offres Dynamics 365 CE, Power Apps et F&O
rules-only-services = uniquement pour les offres de services et les services de conseil
rules-only-consulting = uniquement pour les offres de services de conseil, pas { $offer_type }
rules-diagram-not-mandatory = pas obligatoire pour les offres { $offer_type }
rules-pitch-deck-optional-2020 = facultatif dans les règles 2020-09
rules-account-met = { $partner_id } { $id }, compte actif
rules-account-inactive = le { $account } n'est pas actif
rules-profile-met = profil d'entreprise complet
rules-profile-unmet = complétez le profil d'entreprise dans Partner Center
rules-live-met = publiée en ligne
rules-live-unmet = publiez l'offre sur { $storefront }
rules-gold-met = compétence Gold active
rules-gold-unmet = les offres de services exigent une compétence Gold active
rules-designation-met = au moins une désignation Solutions Partner
rules-designation-unmet = les offres de services de conseil exigent au moins une désignation Solutions Partner
rules-transactable-met = transactionnelle sur { $marketplace }
rules-transactable-unmet = l'éligibilité à la co-vente IP Azure exige une offre transactionnelle sur { $marketplace } (depuis le 2023-07-11 pour les nouvelles offres)
rules-offer-type-office = les applications et compléments pour Microsoft Office (Teams, Outlook, Excel) ne sont pas éligibles à la co-vente
rules-offer-type-met = les offres { $offer_type } ont une option de co-vente
rules-solution-type-ip-met = type de solution IP (application)
rules-solution-type-ip-unmet = { $solution_type } ; la co-vente IP Azure exige le type de solution IP (application)
rules-programme-register = inscrivez-vous à { $programme }
rules-programme-met = { $programme } { $tier }
rules-premium-met = { $programme } Premium : peut être prise en considération pour l'incitation Premium
rules-premium-unmet = niveau { $tier } ; Premium est nécessaire
rules-doc-missing-one-pager = aucune présentation d'une page téléversée pour l'instant
rules-doc-missing-pitch-deck = aucune présentation commerciale téléversée pour l'instant
rules-doc-missing-diagram = aucun schéma téléversé pour l'instant
rules-doc-not-checked = non vérifié
rules-listing-no-platform = choisissez au moins une plateforme Microsoft
rules-listing-no-segment = choisissez au moins un segment
rules-listing-no-solution-type = choisissez un type de solution
rules-listing-areas = { $count ->
        [one] 1 domaine
       *[other] { $count } domaines
    } ; choisissez-en de 1 à { $max }
rules-listing-area-empty = vide
rules-listing-sub-areas = { $area } a { $count } { $count ->
        [one] { $one }
       *[other] { $other }
    } ; choisissez-en { $max ->
        [2] 1 ou 2
       *[other] de 1 à { $max }
    }
rules-listing-met-segments = { $platforms ->
        [one] 1 plateforme
       *[other] { $platforms } plateformes
    }, { $segments ->
        [one] 1 segment
       *[other] { $segments } segments
    }, { $solution_type }, { $areas ->
        [one] 1 domaine
       *[other] { $areas } domaines
    }
rules-listing-met = { $platforms ->
        [one] 1 plateforme
       *[other] { $platforms } plateformes
    }, { $solution_type }, { $areas ->
        [one] 1 domaine
       *[other] { $areas } domaines
    }
rules-markets-none = indiquez les pays où l'offre est éligible à la co-vente
rules-markets-global = OOO est réservé aux contacts ; indiquez les pays des marchés
rules-contacts-met = { $markets ->
        [one] 1 marché couvert
       *[other] { $markets } marchés couverts
    } par { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    }
rules-contacts-uncovered = aucun contact commercial partenaire pour { $markets }
rules-contacts-uncovered-more = aucun contact commercial partenaire pour { $markets } et { $more } autres
rules-revenue-consumed-met = revenus de consommation Azure { $amount } ≥ { $threshold }
rules-revenue-billed-met = { $billed } { $amount } ≥ { $threshold }
rules-revenue-billed-not-transactable = les revenus facturés ne comptent que pour les offres transactionnelles
rules-revenue-billed-transactable-unknown = offer.transactable sans réponse : les revenus facturés ne peuvent pas compter
rules-revenue-billed-not-counted = { $amount }, mais { $why } ; revenus de consommation Azure : { $consumed }
rules-revenue-short = { $amount } : il manque { $short } pour atteindre { $threshold }
rules-azure-share-default = rempli par défaut : VM ou Azure Application transactionnelle
rules-azure-share-met = { $share } de l'infrastructure sur Azure
rules-azure-share-unmet = { $share } sur Azure ; plus de { $threshold } est nécessaire
rules-warning-microsoft-365 = les applications Microsoft 365 ont été exclues de la co-vente en juillet 2021 ; vérifiez les règles actuelles avant de vous fier à ce statut
rules-warning-platform = la plateforme { $value } n'est pas l'une des cases de Partner Center
rules-warning-segment = le segment { $value } n'est ni SMB, ni Corporate, ni Enterprise
rules-warning-area = le domaine de solution { $value } n'est pas dans le catalogue
rules-warning-sub-area = { $sub_area } { $value } n'est pas dans le catalogue pour { $area }
rules-invalid-value = valeur non valide { $problem }
rules-checklist-head = { $name } ({ $offer_type }), règles { $edition }
rules-checklist-status-nothing = Statut : { $rung } (aucun échelon atteint pour l'instant) · suivant : { $next }
rules-checklist-status-reached = Statut : { $rung } (atteint) · suivant : { $next }
rules-checklist-status-top = Statut : { $rung } (atteint : l'échelon le plus haut pour cette offre)
rules-offer-type-not-chosen = type d'offre non choisi
rules-state-met = rempli
rules-state-unmet = NON REMPLI
rules-state-na = s.o.
rules-checklist-uncovered = Marchés sans contact commercial partenaire :
rules-checklist-benefits = Avantages débloqués :
rules-none-yet = aucun pour l'instant
rules-checklist-note = Remarque : { $note }
rules-checklist-invalid = Valeurs non valides (bloquent l'export) :
rules-checklist-warnings = Avertissements :
rules-checklist-next = Suivant : { $title } : { $reason } ({ $id })
rules-nothing-left = Plus rien à faire pour les échelons que cette offre peut atteindre.
rules-compare-head = { $name } : le même brouillon selon chaque édition des règles
rules-compare-status-reached = Statut atteint :
rules-compare-this-draft = (les règles de ce brouillon)
rules-compare-differences = Différences entre les éditions :
rules-compare-same = Identique dans chaque édition :
rules-compare-why-line = { $editions } : { $reason }
rules-compare-why = Pourquoi non rempli :
rules-compare-legend = ✓ rempli  ✗ non rempli  — absent de cette édition (s.o. : ne s'applique pas à cette offre)
rules-compare-popup-title = Le brouillon selon chaque édition des règles
rules-compare-popup-this = { $edition } (ce brouillon)
rules-compare-popup-status = Statut
rules-compare-popup-differences = Différences
rules-compare-popup-same = Identique dans chaque édition
rules-compare-popup-absent = —  absent
rules-compare-popup-met = ✓ rempli
rules-compare-popup-unmet = ✗ non rempli
rules-compare-popup-na = – s.o.
rules-compare-popup-every = chaque édition
rules-panel-title = {" "}Statut · règles { $edition }{" "}
rules-panel-benefits-none = Avantages : aucun pour l'instant
rules-panel-benefits = Avantages : { $benefits }
rules-panel-focused = { $title } [{ $id }] : { $reason }
rules-panel-go-to = {" "}(Entrée : aller à { $field })
rules-panel-next = Suivant : { $title } : { $reason }
rules-panel-compact-count = {" "}· { $met } sur { $total } remplis
rules-panel-compact-details = {" "}· s : détails

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell : { $variable }={ $value } n’est pas une langue que cosell parle ({ $codes }) ; cosell utilise l’anglais

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

