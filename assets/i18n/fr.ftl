# cosell's messages in Français (fr). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = Français
number-decimal = ,
number-group = { "\u00A0" }
money = { $amount }{ "\u00A0" }USD
percent = { $value }{ "\u00A0" }%
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
req-profile = Profil d'entreprise complet dans l'Espace partenaires
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
req-revenue = 100 000 USD de revenus Azure ou place de marché en 12 mois
    .short = 100 000 USD en 12 mois
req-revenue-2025 = 100 000 USD de revenus de consommation Azure ou de ventes facturées sur Marketplace en 12 mois
    .short = 100 000 USD en 12 mois
req-azure = Plus de 50 % de l'infrastructure sur Azure
    .short = Plus de 50 % sur Azure
req-gold = Compétence Gold (offres de services)
    .short = Compétence Gold
req-diagram = Diagramme d'architecture de référence joint
    .short = Diagramme d'architecture
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
rules-rung-azure-ip-incentivized = Co-vente Azure IP avec incentives
rules-rung-azure-ip-eligible = Co-vente Azure IP éligible
rules-rung-biz-apps-isv-connect-premium = Incitation Premium ISV Connect Business Applications
rules-rung-biz-apps-incentivized = Co-vente Business Applications avec incitations
rules-rung-biz-apps-premium-2023 = Incitation premium à la co-vente Business Applications
rules-rung-nothing = Rien d'atteint pour l'instant · suivant : { $next }
rules-rung-reached = Atteint : { $rung } · suivant : { $next }
rules-rung-top = Échelon le plus haut atteint : { $rung }
rules-summary-2020-09 = le premier onglet de co-vente ; présentation commerciale facultative
rules-summary-2021-02 = l'onglet de co-vente avec Gold et ISV Connect
rules-summary-2023-08 = Recommandations → Co-vente → Solutions, désignations Solutions Partner
rules-summary-2025-09 = l'Espace partenaires d'aujourd'hui : Microsoft Marketplace, ISV Success, scénarios de vente FY26
rules-page-seeds = Place de marché commerciale → l'offre → l'onglet Co-vente avec Microsoft
rules-page-2023 = Recommandations → Co-vente → Solutions (la page n'existe que pour les offres déjà en ligne)
rules-after-submit-seeds = Microsoft examine les documents de co-vente et l'éligibilité de l'offre ; le statut de co-vente s'affiche sur l'offre dans l'Espace partenaires une fois l'examen terminé, et les vendeurs terrain de Microsoft voient l'offre dès qu'elle est prête pour la co-vente.
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
rules-ben-fee = Frais de place de marché réduits de 20 % à 10 %
rules-ben-fee-text = Frais de service de la place de marché réduits de 20 % à 10 % pour l'IaaS ou le SaaS vendu sur la place de marché
rules-ben-csp = Incitation de 10 % pour les revendeurs CSP
rules-ben-csp-text = Les partenaires fournisseurs de solutions cloud (CSP) reçoivent une incitation de 10 % pour revendre l'offre
rules-ben-macc = Les ventes comptent dans les engagements de consommation Azure
rules-ben-macc-text = Les ventes comptent dans les engagements de consommation Azure des clients (« Azure benefit eligible »)
rules-ben-badge = Badge « Preferred solutions » dans les vitrines
rules-ben-badge-text = Badge « Preferred solutions » dans les vitrines
rules-ben-seller-incentive = Les vendeurs Microsoft sont incités à la vendre
rules-ben-seller-incentive-text = Les vendeurs terrain de Microsoft reçoivent des incitations lorsqu'ils la vendent avec vous
rules-ben-macc-2023 = Les ventes comptent dans les engagements de consommation Azure (plans payants)
rules-ben-macc-2023-text = Les ventes comptent dans les engagements de consommation Azure des clients (« Azure benefit eligible »), pour les plans dont le prix est supérieur à zéro
rules-ben-macc-2025 = Les ventes comptent dans les engagements de consommation Azure (plans payants uniquement)
rules-ben-macc-2025-text = Les ventes comptent dans les engagements de consommation Azure des clients (« Azure benefit eligible »), pour les plans dont le prix est supérieur à zéro : les plans gratuits et ceux avec votre propre licence (BYOL) ne comptent pas
rules-ben-fee-2025 = Frais Microsoft Marketplace réduits de 20 % à 10 %
rules-ben-fee-2025-text = Frais de service Microsoft Marketplace réduits de 20 % à 10 % pour l'IaaS ou le SaaS vendu sur Microsoft Marketplace
rules-note-premium-considered = Microsoft tient aussi compte des revenus et des résultats de co-vente des 12 derniers mois : l'offre peut être prise en considération pour l'incitation Premium, sans que celle-ci soit acquise.
rules-note-top-tier-2023 = Les incitations des vendeurs ne s'obtiennent pas par le seul statut : elles sont possibles par un parcours de niveau supérieur (par exemple 4 millions USD de ventes facturées sur la place de marché, ou 12 nouveaux clients de la place de marché au-delà de 10 000 USD, sur les 12 derniers mois).
rules-note-fee-gone-2023 = La réduction des frais de place de marché et l'incitation CSP des règles antérieures ont disparu : les frais standard sont de 3 % depuis 2022.
rules-note-top-tier-2025 = Les incitations des vendeurs ne s'obtiennent pas par le seul statut : elles sont possibles par un parcours de niveau supérieur (par exemple 4 millions USD de ventes facturées sur Marketplace, ou 12 nouveaux clients Marketplace au-delà de 10 000 USD, sur les 12 derniers mois), et automatiques avec une désignation Solutions Partner with certified software (Azure ou Security) ou une désignation Industry AI.
rules-note-certified-2025 = Les vendeurs Microsoft sont incités à la vendre (BEN-SELLER-INCENTIVE) : obtenu grâce à votre désignation certified software.
rules-note-certified-later-2025 = Votre désignation certified software vous vaut les incitations des vendeurs (BEN-SELLER-INCENTIVE) dès que l'offre est éligible à la co-vente Azure IP.
rules-note-fee-gone-2025 = La réduction des frais Microsoft Marketplace et l'incitation CSP des règles antérieures ont disparu : les frais standard sont de 3 % depuis 2022.
rules-field-2023-offer-type-help = Détermine les échelons que l'offre peut atteindre : les cinq types Azure IP peuvent devenir éligibles à la co-vente Azure IP ; les applications et compléments pour Microsoft Office ne peuvent pas être co-vendus.
rules-field-2023-live-help = L'offre est-elle publiée en ligne ? L'Espace partenaires n'affiche la page Co-vente que pour les offres en ligne.
rules-field-2023-transactable-help = L'offre est-elle vendue sur la place de marché ? L'éligibilité à la co-vente Azure IP exige une offre transactionnelle, et les revenus facturés comptent alors.
rules-field-2023-mpn-id = Partner ID (ex-MPN ID)
rules-field-2023-mpn-id-help = Votre Partner ID, anciennement le MPN ID : des chiffres uniquement.
rules-field-2023-isv-connect-help = Niveau d'inscription à ISV Connect ; les applications Dynamics 365 sur Dataverse et Power Apps, et les applications Dynamics 365 Operations en ont besoin ; Premium débloque l'incitation Business Applications.
rules-field-2023-solution-type-help = Exactement un : Appareil, IP (application), Service managé ou Service ; la co-vente Azure IP exige IP.
rules-field-2023-area-help = Le premier domaine de solution ; les règles en acceptent de 1 à 5.
rules-field-2023-sub-areas = {"  "}scénarios de vente
rules-field-2023-sub-areas-help = 1 à 5 scénarios de vente du domaine ci-dessus, séparés par des virgules.
rules-field-2025-account-active-help = Votre compte Microsoft Marketplace dans l'Espace partenaires est-il actif ?
rules-field-2025-live-help = L'offre est-elle publiée en ligne sur Microsoft Marketplace ? L'Espace partenaires n'affiche la page Co-vente que pour les offres en ligne.
rules-field-2025-transactable-help = L'offre est-elle vendue sur Microsoft Marketplace (transactionnelle) ? L'éligibilité à la co-vente Azure IP exige une offre transactionnelle.
rules-field-2025-isv-success = ISV Success
rules-field-2025-isv-success-help = Inscription à ISV Success (aucune, Standard ou Premium) ; les applications Dynamics 365 sur Dataverse et Power Apps, et les applications Dynamics 365 Operations en ont besoin ; Premium débloque l'incitation Business Applications.
rules-field-2025-certified-help = Facultatif : une désignation Solutions Partner with certified software (Azure ou Security) ou une désignation Industry AI. Elle ne change aucun statut ; à l'échelon Azure IP, elle vaut les incitations des vendeurs.
rules-field-2025-area-help = Le premier domaine de solution ; les règles en acceptent de 1 à 5. FY26 en compte trois : AI Business Solutions, Cloud and AI Platforms, Security.
rules-field-2025-sub-areas-help = 1 à 5 scénarios de vente du domaine ci-dessus, séparés par des virgules. Microsoft publie les scénarios FY26 mais pas leurs domaines : le regroupement proposé est une interprétation de cosell.
rules-field-2025-azure-consumed-help = Revenus de consommation Azure de l'organisation, 12 derniers mois, en USD. Ceux-ci ou les ventes facturées sur Marketplace atteignant 100 000 USD suffisent ; les deux ne s'additionnent pas.
rules-field-2025-billed = Ventes Marketplace 12 m
rules-field-2025-billed-help = Les ventes facturées sur Microsoft Marketplace de votre organisation, 12 derniers mois, en USD ; elles comptent que l'offre soit transactionnelle ou non.
rules-test-summary = une édition réservée aux tests
rules-test-not-ready = Test : pas prêt
rules-test-in-market = Test : sur le marché
rules-test-co-sell-ready = Test : prêt pour la co-vente
rules-test-azure-ip = Test : Azure IP
rules-test-biz-apps = Test : Business Applications
rules-test-live = En ligne (test)
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
rules-profile-unmet = complétez le profil d'entreprise dans l'Espace partenaires
rules-live-met = publiée en ligne
rules-live-unmet = publiez l'offre sur { $storefront }
rules-gold-met = compétence Gold active
rules-gold-unmet = les offres de services exigent une compétence Gold active
rules-designation-met = au moins une désignation Solutions Partner
rules-designation-unmet = les offres de services de conseil exigent au moins une désignation Solutions Partner
rules-transactable-met = transactionnelle sur { $marketplace }
rules-transactable-unmet = l'éligibilité à la co-vente Azure IP exige une offre transactionnelle sur { $marketplace } (depuis le 2023-07-11 pour les nouvelles offres)
rules-offer-type-office = les applications et compléments pour Microsoft Office (Teams, Outlook, Excel) ne sont pas éligibles à la co-vente
rules-offer-type-met = les offres { $offer_type } ont une option de co-vente
rules-solution-type-ip-met = type de solution IP (application)
rules-solution-type-ip-unmet = { $solution_type } ; la co-vente Azure IP exige le type de solution IP (application)
rules-programme-register = inscrivez-vous à { $programme }
rules-programme-met = { $programme } { $tier }
rules-premium-met = { $programme } Premium : peut être prise en considération pour l'incitation Premium
rules-premium-unmet = niveau { $tier } ; Premium est nécessaire
rules-doc-missing-one-pager = aucune présentation d'une page téléversée pour l'instant
rules-doc-missing-pitch-deck = aucune présentation commerciale téléversée pour l'instant
rules-doc-missing-diagram = aucun diagramme d'architecture téléversé pour l'instant
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
rules-warning-platform = la plateforme { $value } n'est pas l'une des cases de l'Espace partenaires
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
wiz-contact-discard = Modifications non enregistrées : Échap à nouveau les abandonne, Ctrl-S enregistre le contact.
wiz-help-always = Toujours
wiz-help-global = Partout sauf pendant la saisie
wiz-help-wizard = Dans un brouillon
wiz-help-start = Brouillons
wiz-help-form = Formulaires
wiz-help-contacts = Écran Contacts
wiz-help-review = Écran Vérification
wiz-help-panel = Panneau d'état
wiz-help-edit = Pendant la saisie d'une valeur
wiz-help-choice = Listes (tapez pour chercher)
wiz-help-confirm = Questions
wiz-help-message = Messages
wiz-help-help = Cette aide
wiz-help-input = Dialogues de nom et de chemin
wiz-help-contact = Formulaire de contact
wiz-help-files = Sélecteur de fichiers (tapez pour filtrer)
wiz-help-compare = Éditions côte à côte
wiz-key-scroll = défiler
wiz-key-next = suivant
wiz-key-page-down = page suivante
wiz-key-page-up = page précédente
wiz-key-cancel = annuler
wiz-key-choose-a-file = choisir un fichier
wiz-key-clear-the-line = effacer la ligne
wiz-key-quit-asks = quitter (demande si une saisie n'est pas enregistrée)
wiz-key-help = aide
wiz-key-quit = quitter
wiz-key-open = ouvrir
wiz-key-new-draft = nouveau
wiz-key-rename = renommer
wiz-key-duplicate = copier
wiz-key-delete = suppr.
wiz-key-next-draft = brouillon suivant
wiz-key-previous-draft = brouillon précédent
wiz-key-go-to-the-field-that-fixes-it = aller au champ qui le corrige
wiz-key-next-requirement = exigence suivante
wiz-key-previous-requirement = exigence précédente
wiz-key-back-to-the-form = retour au formulaire
wiz-key-add = ajouter
wiz-key-undo = annuler
wiz-key-import-csv = import CSV
wiz-key-export-csv = export CSV
wiz-key-filter = filtrer
wiz-key-scroll-the-coverage-down = faire défiler la couverture vers le bas
wiz-key-scroll-the-coverage-up = faire défiler la couverture vers le haut
wiz-key-coverage-on-a-map-as-a-list = couverture sur une carte / en liste
wiz-key-export-json = exporter JSON
wiz-key-kit-for-partner-center = kit Espace partenaires
wiz-key-json-summary = JSON / résumé
wiz-key-scroll-down = défiler vers le bas
wiz-key-scroll-up = défiler vers le haut
wiz-key-next-field = champ suivant
wiz-key-previous-field = champ précédent
wiz-key-edit = modifier
wiz-key-clear = effacer
wiz-key-next-step = suivant
wiz-key-back = retour
wiz-key-go-to-a-step = aller à une étape
wiz-key-status = état
wiz-key-compare-editions = comparer les éditions
wiz-key-switch-rules-edition = changer d'édition des règles
wiz-key-keep = garder
wiz-key-keep-next-in-a-path-complete = garder & suivant (chemin : compléter)
wiz-key-keep-previous = garder & précédent
wiz-key-keep-next = garder & suivant
wiz-key-previous = précédent
wiz-key-tick = cocher
wiz-key-type-a-value-instead = saisir une valeur
wiz-key-open-folder-choose-file = ouvrir le dossier / choisir le fichier
wiz-key-parent-folder = dossier parent
wiz-key-confirm = valider
wiz-key-complete-the-path = compléter le chemin
wiz-key-clear-the-search = effacer la recherche
wiz-key-clear-the-filter = effacer le filtre
wiz-key-next-last-save = suivant (fin : enregistrer)
wiz-key-save = enregistrer
wiz-key-pick-countries-from-a-list = choisir les pays dans une liste
wiz-key-yes = oui
wiz-key-no = non
wiz-key-the-other-choice = l'autre choix
wiz-key-close = fermer
wiz-key-switch-the-draft-s-edition = changer l'édition du brouillon
wiz-cannot-list-drafts = impossible de lister les brouillons : { $error }
wiz-opened-an-export = Ce fichier est un export : son bloc d'état et ses empreintes disparaissent à la première modification
wiz-resumed-at = Reprise à { $step }
wiz-not-saved = NON ENREGISTRÉ : { $error }
wiz-not-saved-stays-open = NON ENREGISTRÉ : { $error } ; le brouillon reste ouvert (q demande s'il faut quitter sans enregistrer)
wiz-not-saved-kept-in-memory = NON ENREGISTRÉ : { $error } ; vos modifications sont gardées en mémoire
wiz-quit-unsaved-title = Quitter sans enregistrer ?
wiz-quit-unsaved-lost = Vos dernières modifications ne sont PAS enregistrées :
wiz-quit-unsaved-kept = Elles restent en mémoire tant que cosell tourne.
wiz-answer-retry-save = réessayer l'enregistrement
wiz-answer-quit-and-lose = quitter et les perdre
wiz-answer-stay = rester
wiz-conflict-status = NON ENREGISTRÉ : { $name } a été modifié par un autre programme ; choisissez quoi garder
wiz-conflict-title = Le brouillon a changé sur le disque
wiz-conflict-changed = Un autre programme a modifié { $name } depuis que cosell l'a lu.
wiz-conflict-nothing-overwritten = Rien n'a été enregistré : rien de l'autre version n'est écrasé.
wiz-conflict-keep-mine = Garder la mienne : l'autre est gardée à côté dans un fichier .theirs-….json.
wiz-conflict-reload-theirs = Recharger l'autre : vos modifications non enregistrées sont perdues (comparer les liste).
wiz-conflict-later = Plus tard : rien n'est enregistré tant que vous n'avez pas choisi.
wiz-answer-keep-mine = garder la mienne
wiz-answer-reload-theirs = recharger l'autre
wiz-answer-compare = comparer
wiz-answer-later = plus tard
wiz-export-needs-first = L'export demande d'abord ceci :
wiz-export-not-ready = Pas prêt pour l'export
wiz-delete-contact-title = Supprimer le contact ?
wiz-delete-contact = Supprimer { $name } ? (u l'annule)
wiz-answer-delete = supprimer
wiz-answer-keep = garder
wiz-delete-link = Retirer le lien { $name } des brouillons ?
wiz-delete-link-target-kept = Sa cible { $target } est conservée.
wiz-delete-draft = Supprimer le brouillon { $name } et son fichier ?
wiz-cannot-be-undone = C'est irréversible.
wiz-delete-draft-title = Supprimer le brouillon ?
wiz-copied-draft = { $name } copié vers { $copy }
wiz-switch-status = État : { $before } → { $after }
wiz-switch-absent = absente
wiz-switch-not-applicable = s.o.
wiz-switch-new-field = Nouveau champ : { $field }
wiz-switch-field-gone = Plus demandé : { $field }
wiz-switch-title = Passer aux règles { $edition } ?
wiz-answer-switch = changer
wiz-answer-keep-rules = garder les règles actuelles
wiz-restored = { $name } rétabli
wiz-import-undone = { $count ->
    [one] Import annulé : { $count } contact rétabli
   *[other] Import annulé : { $count } contacts rétablis
}
wiz-nothing-to-undo = Rien à annuler
wiz-copy-in-title = Copier dans le dossier du brouillon ?
wiz-copy-in-outside = Le fichier est hors du dossier du brouillon : une copie du brouillon ailleurs (un clone git) ne le trouvera pas.
wiz-copy-in-ask = Le copier dans { $folder } et utiliser la copie ?
wiz-answer-copy-in = le copier
wiz-answer-leave-it = le laisser où il est
wiz-created-draft = Brouillon { $name } créé dans { $dir }
wiz-draft-exists-title = Un brouillon porte déjà ce nom
wiz-draft-exists = Il existe déjà un brouillon nommé { $name }.
wiz-answer-open-it = l'ouvrir
wiz-answer-create = créer { $name }
wiz-answer-cancel = annuler
wiz-type-offer-name = tapez le nom de l'offre
wiz-type-new-name = tapez le nouveau nom
wiz-renamed = { $name } renommé en { $new }
wiz-replace-file-title = Remplacer le fichier ?
wiz-replace-file = { $path } existe. Le remplacer ?
wiz-answer-replace = remplacer
wiz-kit-writer-stopped = l'écriture du kit s'est arrêtée
wiz-writing-kit = Écriture du kit dans { $dir }
wiz-import-not-a-csv = { $path } est { $kind }, pas un fichier CSV
wiz-wrote-contacts = { $count ->
    [one] { $count } contact écrit dans { $path }
   *[other] { $count } contacts écrits dans { $path }
}
wiz-exported = Exporté ({ $status }) vers { $path }
wiz-import-stopped = l'import s'est arrêté
wiz-importing = Import de { $path }
wiz-import-refused-problems = { $count ->
    [one] { $count } problème ; rien n'a été importé, vos contacts sont inchangés :
   *[other] { $count } problèmes ; rien n'a été importé, vos contacts sont inchangés :
}
wiz-and-more = … et { $count } de plus
wiz-import-refused = Import refusé
wiz-replace-contacts-title = Remplacer les contacts ?
wiz-answer-replace-contacts = remplacer tous les contacts
wiz-answer-keep-contacts = garder les contacts actuels
wiz-count-documents = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
wiz-count-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
wiz-wrote-kit = Kit écrit : { $place } ({ $documents }, { $contacts } ; CHECKLIST.md à côté)
wiz-kit-not-written = Kit non écrit
wiz-saved-yours-kept = Votre version est enregistrée ; l'autre est gardée sous { $name }
wiz-saved-yours-removed = Votre version est enregistrée (l'autre programme avait supprimé le fichier)
wiz-reloaded-nothing-differed = rien de votre version ne différait
wiz-reloaded-dropped = vos modifications de { $fields } sont perdues
wiz-reloaded-theirs = Autre version rechargée : { $what }
wiz-cannot-reload = Impossible de recharger l'autre version : { $error }
wiz-compare-same = Les deux versions contiennent les mêmes valeurs.
wiz-compare-differs = Là où votre version diffère du fichier sur le disque :
wiz-compare-unreadable = Impossible de lire l'autre version : { $error }
wiz-compare-title = Votre version et l'autre
wiz-conflict-undecided = NON ENREGISTRÉ : le brouillon a changé sur le disque ; quittez ou modifiez pour choisir à nouveau
wiz-copied-in = Copié ; le brouillon utilise maintenant { $path }
wiz-not-copied = Non copié : { $error }
wiz-deleted = { $name } supprimé
wiz-removed-link = Lien { $name } retiré
wiz-removed-link-kept = Lien { $name } retiré ; sa cible { $target } est conservée
wiz-matches = Correspondances : { $values }
wiz-quit-editing-title = Quitter ?
wiz-quit-editing = La valeur en cours de saisie n'a pas encore été gardée.
wiz-answer-quit-without-it = quitter sans elle
wiz-answer-keep-editing = continuer la saisie
wiz-nothing-to-do = { $title } : rien à faire
wiz-fix-first = Corrigez d'abord ceci (revenir en arrière est toujours permis) : { $error }
wiz-deleted-undo = { $name } supprimé (u annule)
wiz-imported = { $count ->
    [one] { $count } contact importé (u annule)
   *[other] { $count } contacts importés (u annule)
}
wiz-now-uses-rules = Le brouillon suit maintenant les règles { $edition }
wiz-saved = Enregistré
wiz-no-raw-mode = impossible de passer le terminal en mode brut
wiz-cannot-open = impossible d'ouvrir { $path }
wiz-step-of = étape { $number } sur { $count }
wiz-title-rules = règles { $edition }
wiz-title-not-saved = NON ENREGISTRÉ
wiz-title-saving = enregistrement…
wiz-title-saved-at = enregistré { $time }
wiz-title-saved = enregistré
wiz-too-small = Agrandissez le terminal à au moins { $size } (actuellement { $now }). q quitte ; votre brouillon est enregistré.
wiz-too-small-short = Agrandir à { $size } (actuellement { $now }) ; q quitte
wiz-too-small-shorter = Il faut { $size } ; q quitte
wiz-did-you-mean = { $reason } ; pour { $code }, vouliez-vous dire { $suggestion } ({ $name }) ?
wiz-not-in-catalogue = { $value } (absent du catalogue)
wiz-country-not-iso-did-you-mean = { $code }  (pas un code ISO ; vouliez-vous dire { $suggestion }, { $name } ?)
wiz-country-not-iso = { $code }  (pas un code pays ISO)
wiz-country-global = { $code }  Tous les pays (contact mondial)
wiz-country-not-in-partner-center = {"  "}(absent de la liste de l'Espace partenaires)
wiz-countries-title = Pays
wiz-countries-help = Tapez pour chercher par nom ou code ; Espace coche.
wiz-edition-for-new = Avec quelles règles de co-vente vérifier { $name } ? { $edition } est { $summary }.
wiz-edition-for-draft = Avec quelles règles de co-vente vérifier ce brouillon ?
wiz-edition-title = Édition des règles
wiz-new-draft-title = Nouveau brouillon
wiz-new-draft-help = Le nom de l'offre, comme dans l'Espace partenaires. Ensuite, vous choisissez l'édition des règles.
wiz-rename-title = Renommer le brouillon
wiz-rename-help = Un nouveau nom pour { $name } (le fichier est renommé).
wiz-import-title = Importer des contacts
wiz-import-help = Le CSV de contacts de l'Espace partenaires à importer. Il remplace tous les contacts ; vous voyez d'abord ce qui change.
wiz-export-csv-title = Exporter les contacts
wiz-export-csv-help = Écrire les contacts en CSV pour l'Espace partenaires (UTF-8 avec BOM, s'ouvre dans Excel) dans :
wiz-export-json-title = Exporter la soumission
wiz-export-json-help = Écrire le JSON de la soumission avec son bloc d'état { $edition } dans :
wiz-kit-title = Kit pour l'Espace partenaires
wiz-kit-help = Un nouveau dossier avec l'export, contacts.csv, les documents numérotés dans l'ordre de l'Espace partenaires et CHECKLIST.md, les étapes dans le navigateur :
wiz-working = En cours… (Ctrl-C quitte)
wiz-help-title = Touches
wiz-help-marks = Signes : ✓ remplie/valide/fait  ✗ non remplie/invalide  — sans objet  • en cours  ○ pas commencé  * obligatoire
wiz-help-mouse = Souris : cliquez sur une étape, un champ, une ligne ou une réponse ; la molette fait défiler.
wiz-progress-read = { $percent } lu
wiz-ctrl-c-quits = Ctrl-C quitte
wiz-choice-ticked = { $title } ({ $count ->
        [one] { $count } coché
       *[other] { $count } cochés
    })
wiz-choice-search = Recherche : { $search }▏  { $shown } sur { $count }
wiz-choice-no-match = Aucun résultat ; Retour arrière élargit la recherche.
wiz-contact-edit-title = Modifier le contact
wiz-contact-new-title = Nouveau contact
wiz-pick-from-list = choisir dans la liste
wiz-files-title = Choisir un fichier
wiz-files-filter = Filtre : { $filter }▏
wiz-start-intro = Co-vente avec Microsoft : saisissez les informations, voyez l'état obtenu.
wiz-start-resume = Reprenez un brouillon ou créez-en un. Chaque modification est enregistrée.
wiz-start-drafts = Brouillons
wiz-start-unreadable = illisible : { $error }
wiz-start-new-rules = Nouveaux brouillons : règles
wiz-start-todays = (l'Espace partenaires actuel)
wiz-start-folder = Dossier des brouillons : { $dir }
wiz-markets-choose = (choisissez les pays)
wiz-map-needs = La carte demande { $size } ou plus ; { $key } la masque.
wiz-markets-help = Entrée choisit les pays ; chacun demande un contact commercial (ou un contact OOO).
wiz-coverage-title = { $count ->
    [one] Couverture : { $covered } sur { $count } marché
   *[other] Couverture : { $covered } sur { $count } marchés
}
wiz-coverage-as-list = { $key } liste
wiz-coverage-on-map = { $key } carte
wiz-not-a-country-code = (pas un code pays)
wiz-no-sales-contact = aucun contact commercial
wiz-coverage-more = { $count } de plus ([ ] ou la molette font défiler)
wiz-coverage-above = { $count } au-dessus
wiz-coverage-above-more = { $above } au-dessus, { $count } de plus
wiz-no-markets = Aucun marché : choisissez les pays ci-dessus.
wiz-contacts-filtered = Contacts : { $shown } sur { $count } correspondent à { $filter }
wiz-contacts-title = Contacts ({ $count })
wiz-col-name = Nom
wiz-col-email = E-mail
wiz-col-job-title = Fonction
wiz-col-role = Rôle
wiz-col-countries = Pays
wiz-col-states = États
wiz-no-contacts = Aucun contact : { $add } en ajoute un, { $import } importe un CSV de l'Espace partenaires.
wiz-contacts-filter = Filtre : { $filter }▏  Entrée le garde, Échap l'efface
wiz-contacts-filter-help = / modifie le filtre ; Échap dedans l'efface
wiz-diagram-guidance = Montrez l'infrastructure sur laquelle repose l'offre : les services cloud qui l'hébergent ou dialoguent avec elle, les services de données, la sécurité et l'identité, les interfaces utilisateur, les connexions hybrides. Il montre quels services Microsoft sont utilisés, pas la qualité de l'architecture. N'importe quel outil de dessin ; téléversez un PDF ou une image.
wiz-preview-failed-check = pas d'aperçu : le fichier n'a pas passé la vérification
wiz-preview-pdf = PDF, { $size } : les pages ne sont pas dessinées ici ; ouvrez-le pour vérifier
wiz-preview-no-type = pas d'aperçu pour ce type de fichier
wiz-preview-decoding = décodage…
wiz-preview-reader-stopped = la lecture de l'image s'est arrêtée
wiz-preview-pixels = { $size } pixels
wiz-preview-cannot-show = impossible d'afficher l'image
wiz-preview-cannot-show-why = impossible d'afficher l'image : { $error }
wiz-preview-title = Aperçu { $info }
wiz-no-diagram = Aucun diagramme choisi.
wiz-checking = vérification…
wiz-not-needed = pas nécessaire
wiz-empty-choose = (choisir)
wiz-empty-yes-no = (oui/non)
wiz-not-needed-why = Pas nécessaire : { $why }.
wiz-thresholds = Seuils ({ $status })
wiz-json-preview-stopped = (l'aperçu JSON s'est arrêté ; réaffichez-le pour réessayer)
wiz-json-export-time = (l'heure de l'export)
wiz-json-preparing = (préparation de l'aperçu JSON…)
wiz-json-more-lines = … { $count } lignes de plus : exportez le JSON ({ $key }) pour lire tout le fichier
wiz-benefits-none = Avantages : aucun pour l'instant
wiz-benefits = Avantages : { $benefits }
wiz-step-complete = complet
wiz-step-invalid = valeur invalide
wiz-step-missing = il manque quelque chose
wiz-step-not-started = pas commencé
wiz-offer-live = en ligne
wiz-offer-not-live = pas en ligne
wiz-review-contacts = { $contacts } pour { $markets }, { $count } sans contact commercial
wiz-nothing-missing = Rien ne manque pour les échelons que cette offre peut atteindre.
wiz-what-is-missing = Ce qui manque
wiz-more-invalid = … et { $count } valeurs invalides de plus
wiz-note = Remarque : { $note }
wiz-review-export = Exporter le JSON
wiz-review-export-blocked = Exporter (corrigez les ✗)
wiz-review-kit = Kit
wiz-review-summary = Résumé
wiz-review-exact-json = JSON exact
wiz-map-covered = couverts
wiz-map-uncovered = non couverts

## Fields
## Steps: `.short` is the name in the step bar (all seven must fit 80 columns: at most 45 letters together)
step-start = Accueil
    .short = Accueil
step-offer = Offre et partenaire
    .short = Offre
step-listing = Fiche de l'offre
    .short = Fiche
step-documents = Documents
    .short = Docs
step-contacts = Contacts par pays
    .short = Contacts
step-diagram = Diagramme de référence
    .short = Diagramme
step-revenue = Chiffre d'affaires
    .short = Chiffres
step-review = Bilan et export
    .short = Bilan
## Fields: the label (short: the forms align them) and `.help`; `$n` is the row's number
field-offer-name = Nom de l'offre
    .help = Le nom de l'offre tel qu'il figure dans l'Espace partenaires.
field-offer-type = Type d'offre
    .help = Détermine les échelons que l'offre peut atteindre : les types Azure IP peuvent obtenir la co-vente Azure IP avec incentives, les types Dynamics 365 peuvent atteindre l'incentive Business Applications.
field-live = En ligne
    .help = L'offre est-elle publiée en ligne sur Azure Marketplace ou AppSource ?
field-transactable = Transactionnelle
    .help = L'offre est-elle vendue via la marketplace ? Le chiffre d'affaires facturé compte alors pour le seuil de chiffre d'affaires, et les VM et applications Azure remplissent d'office la part Azure.
field-mpn-id = ID MPN
    .help = Votre ID Microsoft Partner Network : des chiffres uniquement.
field-account-active = Compte marketplace
    .help = Votre compte marketplace commercial dans l'Espace partenaires est-il actif ?
field-profile-complete = Profil d'entreprise
    .help = Votre profil d'entreprise dans l'Espace partenaires est-il complet ?
field-gold-competency = Compétence Gold
    .help = Une compétence Gold active, dans n'importe quel domaine ; les offres de services en ont besoin.
field-designation = Désignation Solutions Partner
    .help = Au moins une désignation Solutions Partner dans le Microsoft AI Cloud Partner Program ; les offres de services de conseil en ont besoin.
field-isv-connect = ISV Connect
    .help = Niveau d'inscription à ISV Connect ; les offres Dynamics 365 CE et F&O en ont besoin, Premium ouvre l'incentive Business Applications.
field-certified-software = Logiciel certifié
    .help = Facultatif : une désignation Solutions Partner with certified software (Azure ou Security) ou une désignation Industry AI.
field-platforms = Plateformes
    .help = Une ou plusieurs, séparées par des virgules : Microsoft Azure, Microsoft Dynamics 365, Microsoft SQL Server, Office 365, Windows 10.
field-segments = Segments
    .help = Un ou plusieurs : SMB (< 500 employés), Corporate (< 2 500), Enterprise (2 500 et plus).
field-solution-type = Type de solution
    .help = Un seul : Appareil (matériel), IP (application), Service managé ou Service.
field-area-first = Domaine { $n }
    .help = Le premier domaine de solution ; les règles en acceptent de 1 à 3.
field-area = Domaine { $n }
    .help = Facultatif ; laissez vide s'il n'y en a pas.
field-sub-areas = {"  "}sous-domaines
    .help = 1 ou 2 sous-domaines du domaine ci-dessus, séparés par des virgules.
field-one-pager = One-pager
    .help = Une page client (one-pager) de la solution ou de l'offre : .pdf .docx .pptx …
field-pitch-deck = Pitch deck
    .help = Jeu de présentation client (pitch deck) de la solution ou de l'offre, en général .pptx ou .pdf.
field-case-study = Étude de cas
    .help = Étude de cas client, facultative.
field-customer-wins = Succès clients
    .help = Succès clients vérifiables, facultatifs.
field-channel-pitch-deck = Pitch deck canal
    .help = Jeu de présentation pour le canal, facultatif.
field-other-first = Autre document { $n }
    .help = Facultatif : jusqu'à 5 autres documents ou vidéos (.mp4).
field-other = Autre document { $n }
    .help = Autre document ou vidéo, facultatif.
field-landing-page = URL de destination
    .help = La page de destination du produit : http:// ou https://.
field-markets = Marchés
    .help = Pays où l'offre est éligible à la co-vente : codes ISO séparés par des virgules (US, CA, FR). Chacun demande un contact commercial (Partner sales).
field-contacts = Contacts
    .help = Une ligne par contact ; chaque marché demande un contact commercial (Partner sales), ou un contact avec OOO.
field-diagram = Fichier du diagramme
    .help = Le diagramme d'architecture de référence en PDF ou PNG/JPEG ; exportez d'abord les dessins Visio.
field-azure-consumed = Conso Azure 12 mois
    .help = Chiffre d'affaires Azure consommé de toute l'organisation, sur les 12 derniers mois, en USD. 120 000,50 et 120000 conviennent tous deux.
field-marketplace-billed = Facturé marketplace
    .help = Le chiffre d'affaires de l'offre facturé via la marketplace, en USD ; ne compte que pour les offres transactionnelles.
field-azure-share = Part sur Azure %
    .help = Part de l'infrastructure de l'offre qui tourne sur Azure, de 0 à 100, au plus 2 décimales ; il faut plus de 50.
field-test = Champ de test
    .help = Un champ qui n'existe que dans les tests.
## The contact form's columns (the CSV header stays Partner Center's English one)
field-contact-name = Nom
    .help = Le nom complet du contact.
field-contact-email = E-mail
    .help = Une adresse professionnelle, p. ex. ada@contoso.com.
field-contact-job-title = Fonction
    .help = p. ex. Responsable commercial.
field-contact-role = Rôle
    .help = Partner sales, Partner marketing, Partner technical sales ou Partner customer success manager ; ce sont les contacts Partner sales qui couvrent les marchés.
field-contact-countries = Pays/régions
    .help = Codes ISO séparés par des virgules (US, CA), ou OOO pour tous les pays.
field-contact-states = États/provinces
    .help = Facultatif : US-WA, CA-BC, AU-NSW … dans les pays ci-dessus.
## What a field takes, and what its checks say
field-allowed-any = tout texte
field-allowed-money = un montant : chiffres, espaces, $ , et .
field-allowed-percent = un nombre de 0 à 100
field-allowed-codes = des codes pays comme US, CA
field-allowed-digits = chiffres uniquement
field-chars-removed = { $allowed } ; caractères retirés : { $removed }
field-cannot-be-typed = cette valeur ne se saisit pas
field-yes = oui
field-no = non
field-yes-or-no = { $value } : répondez oui ou non
field-not-an-offer-type = { $value } n'est pas un type d'offre
field-not-a-tier = { $value } n'est pas un niveau { $name }
field-not-a-solution-type = { $value } n'est pas un type de solution
field-not-a-role = { $value } n'est pas un rôle ; choisissez { $roles }
field-contacts-count = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
field-contacts-not-typed = les contacts se modifient dans le tableau des contacts
field-area-first-needed = choisissez d'abord le domaine de solution { $n }
field-other-too-many = l'Espace partenaires accepte au plus { $count } autres documents
field-market-did-you-mean = { $value } n'est pas un code pays ; vouliez-vous dire { $code } ({ $name }) ?
field-market-global = OOO est réservé aux contacts ; indiquez les pays des marchés
field-offer-name-too-long = le nom de l'offre compte { $count } caractères ; { $max } au plus sont autorisés
field-offer-name-control = le nom de l'offre contient le caractère de contrôle { $character } ; saisissez-le sans
field-not-a-checkbox = ne fait pas partie des cases à cocher de l'Espace partenaires : remplacez-le dans le brouillon par l'une des valeurs { $boxes }
field-problem = { $label } : { $reason }
field-problem-contact = Contact { $row }, { $column } : { $reason }
field-differs-empty = vide
field-differs = { $label } : { $here } ici, { $there } dans le fichier
field-differs-contacts = Contacts ({ $here } ici, { $there } dans le fichier)
field-differs-edition = Édition des règles ({ $here } ici, { $there } dans le fichier)
## The submission's choices and errors (src/model): Partner Center's names in the reader's language
model-offer-type-saas = Logiciel en tant que service (SaaS)
model-offer-type-azure_application = Application Azure
model-offer-type-azure_container = Conteneur Azure
model-offer-type-azure_virtual_machine = Machine virtuelle Azure
model-offer-type-iot_edge_module = Module IoT Edge
model-offer-type-consulting_service = Service de conseil
model-offer-type-managed_service = Service managé
model-offer-type-power_bi_app = Application Power BI
model-offer-type-dynamics_365_customer_engagement = Dynamics 365 Customer Engagement & Power Apps
model-offer-type-dynamics_365_finance_operations = Dynamics 365 Finance & Operations
model-offer-type-dynamics_365_business_central = Dynamics 365 Business Central
model-offer-type-microsoft_365_app = Microsoft 365 (complément Office, application Teams, SharePoint)
model-isv-tier-none = Non inscrit
model-isv-tier-standard = Standard
model-isv-tier-premium = Premium
model-solution-type-device = Appareil (matériel)
model-solution-type-ip = IP (application)
model-solution-type-managed_service = Service managé
model-solution-type-service = Service
model-doc-one_pager = Une page client (one-pager) de la solution
model-doc-pitch_deck = Jeu de présentation client (pitch deck) de la solution
model-doc-case_study = Étude de cas client
model-doc-verifiable_customer_wins = Succès clients vérifiables
model-doc-channel_pitch_deck = Jeu de présentation pour le canal
model-doc-reference_architecture_diagram = Diagramme d'architecture de référence
model-unnamed-offer = (offre sans nom)
model-all-countries = Tous les pays
model-one-of = { $list } ou { $last }
model-list-expected = une liste d'au plus { $max } éléments, ou null
model-list-too-long = plus de { $max } éléments ; aucune soumission n'en a besoin d'autant
model-contacts-expected = une liste d'au plus { $max } contacts, ou null
model-contacts-too-many = plus de { $max } contacts ; cosell en gère au plus { $max } par brouillon
model-format-newer = { $value } a été écrit par une version plus récente de cosell ; mettez cosell à jour (celle-ci lit cosell-submission/1)
model-format-unknown = { $value } n'est pas un format de soumission cosell ; attendu : "cosell-submission/1"
model-parse-error = { $field } : { $message } (ligne { $line }, colonne { $column })
model-top-level = (niveau supérieur)
model-text-after-json = texte inattendu après l'objet JSON
model-country-not-in-partner-center = { $code } ({ $name }) est un code ISO absent de la liste des pays de l'Espace partenaires ; l'Espace partenaires ne l'acceptera pas
model-code-blanks = { $value } est entouré d'espaces ; écrivez { $fixed }
model-code-lower-case = { $value } est en minuscules ; écrivez { $fixed }
model-unknown-country = { $value } n'est pas un code pays ISO 3166-1 alpha-2 (p. ex. US, NL) ni OOO pour tous les pays
model-not-a-state = { $value } n'est pas un code d'État ou de province ; écrivez-le sous la forme PAYS-ÉTAT, p. ex. US-WA, CA-BC, AU-NSW
model-unknown-state = { $value } n'est pas un code d'État ou de province des États-Unis, du Canada ou de l'Australie (ISO 3166-2)

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
cli-error-unknown-command = { $name } n’est pas une commande
cli-error-unknown-argument = { $name } n’est pas une option ici
cli-error-missing = manquant : { $names }
cli-error-invalid-value = { $value } n’est pas une valeur acceptée par { $arg } ({ $choices })
cli-error-try-help = cosell --help liste les commandes et leurs options.
lang-unknown = cosell : { $variable }={ $value } n’est pas une langue que cosell parle ({ $codes }) ; cosell utilise l’anglais

# --help: the headings clap writes (it adds the colon), then each command's and argument's help:
# cli-help-<command>-<argument> (main: cosell itself).
cli-heading-usage = Utilisation :
cli-heading-commands = Commandes{"\u00A0"}
cli-heading-arguments = Arguments{"\u00A0"}
cli-heading-options = Options{"\u00A0"}
cli-about = Remplir l’onglet Co-vente avec Microsoft d’une offre de l’Espace partenaires, voir quel statut de co-vente elle obtient, et l’exporter
cli-long-about =
    Remplir les informations de co-vente d’une offre de l’Espace partenaires, voir quel statut de co-vente elle obtient et pourquoi (Pas prêt pour la co-vente, Prêt pour la co-vente, Co-vente Azure IP avec incentives ou éligible, incentive Business Applications), et exporter la soumission en JSON.

    Sans commande, cosell ouvre l’assistant : un formulaire plein écran avec un panneau de statut à jour en permanence. Les brouillons sont enregistrés à chaque modification dans le dossier des brouillons (COSELL_HOME, ou votre dossier de données).

    Éditions des règles :
    { $editions }
cli-long-about-default-edition = ; l’édition par défaut des nouveaux brouillons
cli-after-help =
    Exemples :
      cosell                                   ouvrir l’assistant (reprendre ou commencer un brouillon)
      cosell --plain                           les mêmes étapes en questions ligne par ligne
      cosell list                              les brouillons avec leur statut
      cosell status contoso-insights           quelles exigences sont remplies, et pourquoi
      cosell status contoso-insights --compare toutes les éditions des règles côte à côte
      cosell status ./offer.json --json        le bloc de statut en JSON
      cosell export contoso-insights -o out.json
      cosell export contoso-insights --kit kit/   le kit de transmission pour l’Espace partenaires
      cosell contacts template -o contacts.csv
      cosell contacts import contoso-insights contacts.csv

    Codes de sortie : 0 réussi, 1 refusé (export incomplet, import invalide ou refusé, brouillon ouvert ailleurs), 2 fichier illisible ou mauvaise utilisation.
cli-help-arg-help = Afficher l’aide
    .more = Afficher l’aide (plus de détails avec '--help')
    .summary = Afficher l’aide (un résumé avec '-h')
cli-help-arg-version = Afficher la version
cli-help-arg-lang = Langue dans laquelle cosell s’exprime ({ $codes }) ; par défaut : COSELL_LANG, puis LC_ALL, LC_MESSAGES, LANG. Les fichiers et le JSON sont identiques dans toutes les langues
cli-help-help = Afficher ce message, ou l’aide des commandes indiquées
cli-help-help-subcommand = Afficher l’aide de ces commandes
cli-help-main-plain = Des questions ligne par ligne au lieu de l’assistant plein écran (automatique avec TERM=dumb ou quand la sortie va dans un tube)
cli-help-main-mono = Thème noir et blanc qui signale le focus et les erreurs par des caractères (aussi avec NO_COLOR)
cli-help-main-draft = Ouvrir ce brouillon (un nom donné par `cosell list`, ou un chemin) au lieu de l’écran d’accueil
cli-help-list = Lister les brouillons avec le nom de l’offre, le statut, l’avancement et la dernière modification
cli-help-list-json = Afficher un tableau JSON (name, path, offer, rules, status, completeness, modified, error)
cli-help-status = Afficher le statut de co-vente d’un brouillon : chaque exigence, remplie ou non, et pourquoi
cli-help-status-draft = Un nom de brouillon (voir `cosell list`), ou le chemin d’un fichier de brouillon ou d’export
cli-help-status-json = Afficher le bloc de statut en JSON (spec §7) ; avec --compare, un bloc par édition
cli-help-status-rules = Édition des règles à appliquer (par défaut : celle du fichier)
cli-help-status-compare = Afficher le statut selon chaque édition des règles côte à côte, les différences d’abord
cli-help-export = Exporter la soumission terminée en JSON, avec les empreintes des documents et le bloc de statut
cli-help-export-draft = Un nom de brouillon, ou le chemin d’un fichier de brouillon
cli-help-export-output = Où écrire ; `-` pour la sortie standard (par défaut : NOM.export.json ici)
cli-help-export-kit = Écrire plutôt un kit de transmission pour l’Espace partenaires dans ce nouveau dossier : submission.json, contacts.csv, les documents numérotés dans l’ordre de l’Espace partenaires, CHECKLIST.md et index.html (les mêmes étapes sous forme de page avec des boutons Copier)
cli-help-export-allow-incomplete = Exporter même si des exigences de l’onglet ne sont pas remplies ou si des valeurs sont invalides
cli-help-export-rules = Édition des règles à appliquer (par défaut : celle du fichier)
# The heading of the editions list in `status --help` and `export --help` (not English: clap writes it).
cli-help-editions = Éditions des règles :
cli-help-schema = Afficher le schéma JSON du fichier de soumission (brouillons et exports)
cli-help-completions = Afficher un script de complétion pour le shell : `cosell completions bash > ~/.local/share/bash-completion/completions/cosell`
cli-help-completions-shell = bash, zsh, fish, powershell ou elvish
cli-help-man = Afficher la page de manuel (roff) : `cosell man > cosell.1 && man ./cosell.1`
cli-help-contacts = CSV des contacts de l’Espace partenaires : modèle, import, export
cli-help-contacts-template = Écrire le modèle CSV qu’importe l’Espace partenaires (en-tête et une ligne d’exemple)
cli-help-contacts-template-output = Où écrire ; `-` ou rien pour la sortie standard
cli-help-contacts-template-delimiter = Séparateur : `,` (par défaut) ou `;` (ce qu’Excel attend dans de nombreux paramètres régionaux européens)
cli-help-contacts-template-unix = UTF-8 simple avec des fins de ligne LF, pour les scripts (par défaut : UTF-8 avec BOM et CRLF, pour Excel)
cli-help-contacts-import = Remplacer les contacts d’un brouillon par ceux d’un fichier CSV (montre ce qui change et demande d’abord)
cli-help-contacts-import-draft = Un nom de brouillon, ou le chemin d’un fichier de brouillon
cli-help-contacts-import-csv = Le fichier CSV : séparé par des virgules, des points-virgules ou des tabulations ; UTF-8 (avec ou sans BOM), UTF-16 avec BOM (« Texte Unicode » d’Excel) ou Windows-1252 (« CSV » d’Excel sous Windows en Europe de l’Ouest)
cli-help-contacts-import-yes = Remplacer sans demander
cli-help-contacts-export = Écrire les contacts d’un brouillon dans un CSV pour l’Espace partenaires
cli-help-contacts-export-draft = Un nom de brouillon, ou le chemin d’un fichier de brouillon
cli-help-contacts-export-output = Où écrire ; `-` ou rien pour la sortie standard
cli-help-contacts-export-delimiter = Séparateur : `,` (par défaut) ou `;` (ce qu’Excel attend dans de nombreux paramètres régionaux européens)
cli-help-contacts-export-unix = UTF-8 simple avec des fins de ligne LF, pour les scripts (par défaut : UTF-8 avec BOM et CRLF, pour Excel)
cli-not-an-edition = { $value } n’est pas une édition des règles ; utilisez { $names }

# Messages of the commands
cli-list-empty = Aucun brouillon dans { $dir }. Lancez `cosell` pour en commencer un.
cli-list-title = Brouillons dans { $dir } :
cli-list-name = NOM
cli-list-offer = OFFRE
cli-list-status = STATUT
cli-list-done = FAIT
cli-list-modified = MODIFIÉ
cli-list-unreadable = illisible : { $error }
cli-list-status-rules = { $status } ({ $rules })
cli-list-when = { $date } { $time }
cli-exported = { $offer } ({ $status }) exporté vers { $target }
cli-kit-progress = Écriture du kit…
cli-kit-written =
    Kit écrit dans { $dir } : submission.json, contacts.csv ({ $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }), { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    } dans documents/, CHECKLIST.md, index.html
    Pour travailler à partir du kit, { $hint }
cli-wrote = { $target } écrit
cli-wrote-contacts = { $count ->
        [one] { $count } contact écrit
       *[other] { $count } contacts écrits
    } dans { $target }
cli-import-warning = avertissement : { $warning }
cli-import-not-replaced = rien n’est remplacé : confirmez avec --yes hors d’un terminal
cli-import-ask = Remplacer les contacts de { $offer } ? [o/N]{" "}
# The answers that mean yes to cli-import-ask (besides y and yes, which always do), lowercase, separated by spaces.
cli-import-yes-words = o oui
cli-import-declined = rien n’a changé : l’import a été refusé
cli-imported = { $count ->
        [one] { $count } contact importé
       *[other] { $count } contacts importés
    } dans { $path }

# Plain mode (cosell --plain). The command words stay English in every language (scripts type
# them); plain-word-<command> lists words of the reader's language that mean the same.
plain-commands = À chaque question : ? aide, back (retour), step N (étape, 1 à 7), fields (champs), edit N (modifier), status (statut), save (enregistrer), quit (quitter). Entrée garde la valeur actuelle, - l’efface.
plain-welcome = cosell, mode texte. { $commands }
# A field and its value, a prompt, a prompt with the current value.
plain-label-value = { $label } : { $value }
plain-prompt = { $label } :
plain-prompt-current = { $label } [{ $value }] :
plain-word-back = retour
plain-word-quit = quitter
plain-word-help = aide
plain-word-status = statut
plain-word-save = enregistrer
plain-word-fields = champs
plain-word-step = étape etape
plain-word-edit = modifier
plain-word-keep = garder
plain-word-reload = recharger
plain-word-compare = comparer
plain-leave-words = annuler
plain-skip-words = passer suivant non aucun terminé fini
plain-yes-words = o oui
plain-no-words = n non
plain-input-failed = l’entrée n’a pas pu être lue après la ligne { $line } : { $error }
plain-line-too-long = la ligne { $line } de l’entrée dépasse { $kb } Ko
plain-line-not-utf8 = la ligne { $line } de l’entrée n’est pas de l’UTF-8 valide (octet { $byte } de la ligne)
plain-type-again = ✗ { $why } ; saisissez à nouveau la réponse.
plain-stopping-here = ✗ { $why } ; arrêt ici, rien n’a été lu après.
plain-refused-repeatedly = la réponse { $answer } a été refusée { $count } fois de suite (ligne { $line }) ; arrêt
plain-yes-no-question = { $prompt } (oui/non) :
plain-answer-yes-no = Répondez oui ou non.
plain-type-step = Tapez step (ou étape) et un nombre de 1 à { $count }.
plain-type-edit = Tapez edit (ou modifier) et un numéro de champ de 1 à { $count } ; fields les liste.
plain-step-no-fields = { $step } n’a pas de champs ; step N mène à une autre étape.
plain-fields-of-step = Champs de l’étape { $number } ({ $step }) :
plain-fields-contacts = Contacts : { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
plain-not-needed = pas nécessaire ({ $why })
plain-not-asked-slot = pas demandé : l’emplacement précédent est vide
plain-not-asked-while-empty = pas demandé tant que l’emplacement précédent est vide
plain-not-answered = sans réponse
plain-field-to-edit = Champ à modifier, de 1 à { $count } (Entrée : rester ici) :
plain-number-between = Saisissez un nombre entre 1 et { $count }.
plain-field-not-needed = { $label } : pas nécessaire ({ $why }).
plain-cannot-edit = { $label } : { $why }.
plain-saved = { $path } enregistré.
plain-not-saved = NON ENREGISTRÉ : { $error }
plain-conflict = Un autre programme a modifié { $name } depuis que cosell l’a lu. Rien n’a été enregistré, donc rien de sa version n’est écrasé.
plain-conflict-ask = Garder votre version (l’autre est conservée à côté), recharger l’autre (vos modifications non enregistrées sont perdues), ou comparer d’abord ? (keep/reload/compare) :
plain-kept-yours = Votre version est enregistrée ; l’autre est conservée sous { $path }.
plain-kept-yours-removed = Votre version est enregistrée (l’autre programme avait supprimé le fichier).
plain-reloaded = L’autre version est rechargée.
plain-reloaded-dropped = L’autre version est rechargée ; abandonné : { $dropped }.
plain-cannot-reload = ✗ Rechargement impossible : { $error }
plain-compare-same = Les deux versions contiennent les mêmes valeurs.
plain-compare-title = Là où votre version diffère du fichier sur le disque :
plain-cannot-read-theirs = ✗ Impossible de lire l’autre version : { $error }
plain-answer-keep-reload = Répondez keep, reload ou compare.
plain-required = obligatoire
plain-optional = facultatif
plain-field-heading = { $label } ({ $need }), actuellement : { $value }
plain-choice-prompt = Un nombre entre 1 et { $count }, ou un nom :
plain-multi-prompt = Des nombres entre 1 et { $count } ou des noms, séparés par des virgules :
plain-list-prompt = { $label }, séparés par des virgules :
plain-yes-no-prompt = Saisissez oui ou non :
plain-money-prompt = { $label } (USD, par exemple { $example }) :
plain-percent-prompt = { $label } (un pourcentage, par exemple { $example }) :
plain-cleared = { $label } : effacé
plain-fix-it = { $problem }. Corrigez-le, ou - pour effacer.
plain-outside-folder = Le fichier est en dehors du dossier du brouillon : une copie du brouillon ailleurs (un clone git) ne le trouvera pas.
plain-copy-ask = Le copier dans documents/ à côté du brouillon et utiliser la copie ?
plain-copied = Copié ; le brouillon utilise maintenant { $path }.
plain-not-copied = ✗ Pas copié : { $error }
plain-contacts-title = Contacts ({ $count }) :
plain-contact-ok = ok
plain-contact-invalid = INVALIDE
plain-no-role = pas de rôle
plain-coverage = Couverture :
plain-covered = couvert
plain-not-covered = AUCUN CONTACT COMMERCIAL DU PARTENAIRE
plain-contacts-prompt = a : ajouter, e N : modifier, d N : supprimer, i FICHIER : importer un CSV, x FICHIER : exporter en CSV, Entrée : étape suivante :
plain-contacts-help = Chaque marché a besoin d’un contact commercial du partenaire (ou d’un contact avec OOO).
plain-delete-ask = Supprimer { $name } ?
plain-wrote = { $path } écrit.
plain-contacts-none-commands = { $typed } : tapez a pour ajouter un contact, ou i FICHIER pour importer un CSV
plain-contacts-commands = { $typed } : tapez a, e N ou d N avec N entre 1 et { $count }, i FICHIER ou x FICHIER
plain-warning = avertissement : { $warning }
plain-replace-ask = Remplacer tous les contacts ?
plain-replaced = Remplacés.
plain-nothing-changed = Rien n’a changé.
plain-role-prompt = Rôle : un nombre entre 1 et { $count }, ou un nom :
plain-contact-not-saved = Le contact n’a pas été enregistré.
plain-export-needs = L’export a d’abord besoin de ceci :
plain-review-prompt = Entrée pour terminer, back pour revenir, step N pour aller à une étape :
plain-review-help = La liste ci-dessus indique ce qu’il reste à faire.
plain-export-prompt = Exporter vers quel fichier ? (Entrée : { $file }, skip ou - pour passer) :
plain-export-help = Écrit la soumission avec le bloc de statut.
plain-exported = Exporté vers { $file }.
plain-kit-prompt = Écrire aussi un kit pour l’Espace partenaires ? Un nouveau dossier (Entrée, skip ou - pour passer) :
plain-kit-help = Le kit contient l’export, contacts.csv, les documents numérotés dans l’ordre de l’Espace partenaires, ainsi que CHECKLIST.md et index.html avec chaque étape et chaque valeur à saisir dans le navigateur.
plain-kit-written = Kit écrit dans { $dir } : { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }, { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }. Pour travailler à partir du kit, { $hint } ; ou lisez-y CHECKLIST.md.
plain-step-heading = Étape { $number } sur { $count } : { $step }
plain-skipped-documents = Les documents facultatifs restants ont été passés.
plain-first-field = C’est le premier champ.
plain-status-next = Prochaine étape : { $title } : { $reason }.
plain-status-nothing-left = Plus rien à faire pour les échelons que cette offre peut atteindre.
plain-status-summary = Statut : { $status }. { $met ->
        [one] { $met } exigence remplie
       *[other] { $met } exigences remplies
    } sur { $count }. { $next }
plain-offer-type-not-chosen = type d’offre non choisi
plain-status-offer = { $offer } ({ $offer_type }), règles { $rules }.
plain-requirement-met = remplie
plain-requirement-unmet = NON REMPLIE
plain-requirement-not-applicable = ne s’applique pas
plain-status-uncovered = Marchés sans contact commercial du partenaire : { $markets }.
plain-status-no-benefits = Avantages : aucun pour l’instant.
plain-status-benefits = Avantages :
plain-status-note = Remarque : { $note }
plain-status-invalid = Valeurs invalides (elles bloquent l’export) :
plain-status-warnings = Avertissements :
plain-invalid-value = valeur invalide : { $problem }
plain-nothing-created = Rien n’a été créé.
plain-eof-nothing-created = Fin de l’entrée ; rien n’a été créé.
plain-stopped-because = mode texte arrêté : { $why }
plain-file-is-export = Ce fichier est un export : son bloc de statut, son horodatage et ses empreintes sont supprimés au premier enregistrement.
plain-draft-saved = Brouillon enregistré.
plain-eof-draft-saved = Fin de l’entrée : brouillon enregistré.
plain-stopped-saved = Arrêté : ce qui était valide est enregistré.
plain-finished = { $finished } { $path } ({ $status }). Pour reprendre : cosell --plain --draft { $name }
plain-last-changes-not-saved = les dernières modifications de { $path } n’ont pas été enregistrées : { $error }
plain-choice-number-between = Saisissez un nombre entre 1 et { $count }
plain-choice-ambiguous = { $typed } correspond à { $matches } ; tapez une plus grande partie du nom, ou son numéro
plain-drafts-in = Brouillons dans { $dir } :
plain-draft-line = { $offer } ({ $status }, règles { $rules })
plain-draft-unreadable = illisible : { $error }
plain-new-draft = Nouveau brouillon
plain-draft-number-prompt = Saisissez un nombre entre 1 et { $count } :
plain-rules-editions = Éditions des règles :
plain-edition-prompt = Édition des règles, un numéro ou une date (Entrée : { $newest }) :
plain-edition-refused = Tapez un nombre de 1 à { $count }, ou { $names }.
plain-offer-name-prompt = Nom de l’offre du nouveau brouillon (quit pour sortir) :
plain-offer-needs-name = L’offre doit avoir un nom.
plain-draft-created = Brouillon { $name } créé dans { $dir }.
plain-draft-exists = Un brouillon nommé { $name } existe déjà. 1. l’ouvrir  2. en créer un autre ({ $free })  3. taper un autre nom
plain-one-two-three = Saisissez 1, 2 ou 3 :

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

file-size-bytes = { $size } o
file-size-kb = { $size } Ko
file-size-mb = { $size } Mo
file-required = obligatoire
file-email-blanks = { $value } a des espaces au début ou à la fin
file-email-no-at = { $value } n’est pas une adresse valide : il n’y a pas de @
file-email-no-dot = { $value } n’est pas une adresse valide : le domaine doit contenir un point, par ex. nom@contoso.com
file-email-invalid = { $value } n’est pas une adresse valide : { $reason }
file-mpn-digits = { $value } ne doit contenir que des chiffres, par ex. 4567890
file-url-scheme = { $value } doit commencer par http:// ou https://
file-url-no-host = { $value } n’a pas d’hôte
file-url-blanks = { $value } contient des espaces
file-money-stored-not-amount = { $value } n’est pas un montant ; écrivez des chiffres avec au plus 2 décimales, par ex. 120000.00
file-money-negative = { $value } est négatif ; un chiffre d’affaires ne peut pas l’être
file-money-decimals = { $value } a plus de 2 décimales ; arrondissez au centime
file-money-empty = saisissez un montant en USD, par ex. 120000 ou 120 000,50
file-money-not-digits = { $value } n’est pas un montant ; utilisez des chiffres, éventuellement avec $ et des séparateurs de milliers
file-money-mixed = { $value } n’est pas un montant : les séparateurs sont mélangés ; écrivez 45000,50 ou 45 000,50
file-money-ambiguous = { $value } peut signifier { $thousands } (la virgule comme séparateur de milliers) ou { $decimal } ; tapez { $whole } ou { $decimal_typed }
file-money-not-amount = { $value } n’est pas un montant
file-money-groups = { $value } : les séparateurs de milliers ne sont pas tous les trois chiffres ; écrivez le montant sans eux, par ex. 120000,50
file-percent-decimals = { $value } a plus de 2 décimales ; écrivez la part avec au plus 2, par ex. 50.25
file-percent-not-percent = { $value } n’est pas un pourcentage
file-percent-range = { $value } est en dehors de 0–100
file-percent-typed-not-number = { $value } n’est pas un nombre ; saisissez 0 à 100, par ex. 80 ou 50,5
file-percent-typed-decimals = { $value } a plus de 2 décimales ; saisissez-en au plus 2, par ex. 50,25
file-percent-not-number = { $value } n’est pas un nombre
file-special-characters = contient des caractères spéciaux que l’Espace partenaires peut refuser : { $characters }
file-role-required = obligatoire : Partner marketing, Partner sales, Partner technical sales ou Partner customer success manager
file-countries-required = obligatoire : un ou plusieurs codes pays, ou OOO pour tous
file-country-did-you-mean = { $value } n’est pas un code pays ; vouliez-vous dire { $code } ({ $country }) ?
file-state-other-country = { $value } est en { $country }, qui ne fait pas partie des pays de ce contact
file-no-extension = { $value } n’a pas d’extension de fichier ; acceptées : { $accepted }
file-visio = Les fichiers Visio ne sont pas acceptés ; exportez le diagramme en PDF ou PNG et joignez celui-ci
file-extension-refused = Les fichiers .{ $ext } ne sont pas acceptés ; acceptés : { $accepted }
file-extension-not-accepted = Les fichiers .{ $ext } ne sont pas acceptés
file-none-chosen = aucun fichier choisi
file-does-not-exist = { $path } n’existe pas
file-permission-denied = { $path } ne peut pas être lu : accès refusé
file-cannot-read = { $path } ne peut pas être lu : { $reason }
file-is-directory = { $path } est un dossier, pas un fichier
file-not-regular-attach = { $path } est { $kind }, pas un fichier ordinaire ; joignez le document lui-même
file-empty = { $path } est vide (0 octet)
file-looks-like = il ressemble à { $media_type } (.{ $ext })
file-content-unknown = son contenu n’est pas reconnu
file-wrong-content = { $path } porte l’extension .{ $ext } mais { $actual } ; enregistrez-le au bon format ou corrigez l’extension
file-too-many-others = { $count } autres documents ; l’Espace partenaires en accepte au plus { $max }
file-io-not-regular = est { $kind }, pas un fichier ordinaire
file-kind-fifo = un tube nommé (FIFO)
file-kind-socket = un socket
file-kind-device = un périphérique
file-kind-directory = un dossier
file-kind-symlink = un lien symbolique
file-kind-file = un fichier
file-kind-other = pas un fichier ordinaire
file-io-permission = accès refusé
file-io-disk-full = le disque est plein ; libérez de l’espace et réessayez
file-io-too-large = trop volumineux pour être écrit ici : le disque est plein ou une limite de taille de fichier s’applique
file-io-read-only = le système de fichiers est en lecture seule
file-io-not-utf8 = n’est pas du texte UTF-8
file-io-not-a-directory = une partie du chemin est un fichier, pas un dossier
file-io-is-directory = est un dossier
file-stdout = sortie standard
file-refuse-open-draft = c’est le brouillon en cours de modification (ou son verrou) ; choisissez un autre fichier
file-refuse-drafts-folder = c’est un brouillon ou un fichier de verrou dans le dossier des brouillons { $folder } ; écrivez les sorties ailleurs
file-refuse-folder = c’est un dossier ; donnez un nom de fichier dans ce dossier
file-output-refused = { $path } : refusé : { $why }
file-give-name = donnez un nom de fichier
file-symlink-loop = trop de niveaux de liens symboliques
file-store-not-found = { $path } : fichier introuvable
file-store-parse = { $path } : illisible en tant que soumission cosell : { $error }
file-store-locked = { $path } est ouvert dans un autre cosell (pid { $pid }) ; fermez d’abord celui-ci, ou attendez qu’il ait terminé
file-store-no-such-draft = aucun brouillon nommé { $name } dans { $dir } ; `cosell list` affiche les brouillons
file-store-exists = un brouillon nommé { $name } existe déjà dans { $dir }
file-store-no-home = impossible de trouver un dossier de données pour les brouillons ; définissez COSELL_HOME sur un dossier
file-store-home-not-dir = COSELL_HOME vaut { $path }, qui est { $what }, pas un dossier ; faites pointer COSELL_HOME vers un dossier
file-store-is-directory = est un dossier, pas un fichier de soumission
file-store-not-submission = est { $kind }, pas un fichier de soumission
file-store-too-big = fait { $size } Mo ; un fichier de soumission fait au plus { $max } Mo ; est-ce le bon fichier ?
file-store-save-too-big = non enregistré : le brouillon ferait { $size } Mo, plus que les { $max } Mo que cosell relit ; supprimez des contacts ou des valeurs longues
file-store-save-folder = non enregistré : impossible d’écrire dans le dossier { $folder } ({ $reason }) ; rendez-le accessible en écriture, ou déplacez le brouillon
file-store-not-saved = non enregistré : { $reason }
file-store-no-free-name = impossible de trouver un nom libre pour conserver l’autre version
file-store-lock-changing = le fichier de verrou ne cesse de changer ; un autre programme le crée et le supprime
file-store-lock-not-regular = le fichier de verrou est { $kind }, pas un fichier ordinaire ; supprimez-le et réessayez
file-store-create-folder = impossible de créer le dossier des brouillons ({ $reason }) ; définissez COSELL_HOME sur un dossier où vous pouvez écrire
file-store-create-draft = impossible de créer un brouillon dans le dossier des brouillons ({ $reason }) ; rendez-le accessible en écriture ou définissez COSELL_HOME sur un autre dossier
file-session-conflict = { $path } a été modifié par un autre programme depuis que cosell l’a lu ; non enregistré, pour ne rien écraser de ses modifications
file-session-still-reading = { $field } pas encore vérifié : toujours en lecture après { $seconds } s
file-session-no-document = aucun document à copier
file-session-not-written-back = ce brouillon n’est pas réécrit
file-session-no-other-version = aucune autre version à conserver
file-session-saver-stopped = l’enregistrement s’est arrêté
file-export-refused = export refusé ; corrigez d’abord ces points (ou passez --allow-incomplete) :
file-export-too-large = plus de { $size } Gio, non lu
file-copy-not-document = { $path } est { $kind }, pas un document à copier
file-copy-too-big = { $path } est trop volumineux pour être copié
file-copy-no-name = { $path } n’a pas de nom de fichier
file-copy-no-free-name = { $folder } : aucun nom libre pour { $name }
kit-mark-covered = couvert
kit-mark-uncovered = aucun contact Partner sales
kit-mark-warned = l’Espace partenaires ne l’accepte pas (AI, EH, FK)
kit-changed = { $path } a changé pendant l’écriture du kit (son SHA-256 diffère de celui de l’export) ; écrivez de nouveau le kit
kit-too-large = plus de { $size } Gio ; un document aussi volumineux n’est pas chargé dans l’Espace partenaires
kit-grew = il a grossi pendant la copie
kit-not-a-folder = il existe et n’est pas un dossier ; donnez le nom d’un nouveau dossier
kit-not-empty = le dossier n’est pas vide ; un kit va dans un dossier nouveau (ou vide)
kit-no-longer-empty = le dossier n’est plus vide (quelque chose y a été écrit entre-temps) ; choisissez un nouveau dossier
kit-unnamed-offer = (offre sans nom)
kit-md-title = # Liste de contrôle co-vente : { $offer }
kit-incomplete = **INCOMPLET** : ce kit a été écrit avec `--allow-incomplete`. Corrigez ces points avant de soumettre :
kit-status-label = Statut atteint par ce brouillon :
kit-status-rules = règles { $edition }, { $summary }
kit-nothing-missing = Rien ne manque pour les niveaux que cette offre peut atteindre.
kit-nothing-else-missing = Rien d’autre ne manque pour les niveaux que cette offre peut atteindre.
kit-also-missing = Manque aussi :
kit-still-missing = Manque encore :
kit-brings = Ce que ce statut apporte :
kit-worth-checking = À vérifier :
kit-md-written = Écrit par cosell à partir du brouillon { $draft } le { $at }. `submission.json` fait foi ; cette liste dit quoi faire dans le navigateur.
kit-heading-open = Ouvrir la page
kit-sign-in = Connectez-vous à l’Espace partenaires et ouvrez { $page }.
kit-check-account = Vérifiez qu’il s’agit bien du compte associé à { $partner_id } { $id }
kit-check-designation = Vérifiez que l’organisation détient une désignation Solutions Partner.
kit-heading-listing = Présentation
kit-microsoft-platforms = Plateformes Microsoft
kit-segments = Segments
kit-tick = { $what } : cochez { $value }
kit-solution-type = Type de solution : choisissez { $value }
kit-md-solution-area = Domaine de solution : choisissez { $area }, puis ses { $what } : { $sub_areas }
kit-limits = L’Espace partenaires accepte 1 à { $areas } domaines de solution, chacun avec 1 à { $subs } { $what }.
kit-heading-documents = Documents
kit-upload = { $what } : chargez { $file }
kit-missing-from-kit = absent de ce kit
kit-left-out = { $what } : { $missing } : { $why }. Corrigez-le dans le brouillon, puis écrivez de nouveau le kit.
kit-landing-page = URL de la page d’accueil : tapez { $url }
kit-heading-contacts = Contacts
kit-count-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
kit-import-contacts = Importer les contacts : { $file } ({ $contacts }, { $markets }) avec « Importer des contacts » dans l’Espace partenaires. Cela remplace les contacts qui s’y trouvent.
kit-check-markets = Vérifiez que chaque marché a un contact Partner sales : { $markets }
kit-heading-submit = Soumettre
kit-next = Et ensuite : { $next }
kit-open-hint = ouvrez { $url } dans un navigateur
kit-copy = Copier
kit-copied = Copié
kit-selected = Sélectionné : appuyez sur Ctrl+C
kit-js-progress-one = { $done } étape sur { $total } terminée.
kit-js-progress-other = { $done } étapes sur { $total } terminées.
kit-js-contacts-one = { $n } contact
kit-js-contacts-other = { $n } contacts
kit-js-shown-one = { $n } contact sur { $total }
kit-js-shown-other = { $n } contacts sur { $total }
kit-page-title = Kit de co-vente : { $offer }
kit-page-kicker = Kit de co-vente pour l’Espace partenaires
kit-worth-checking-count = À vérifier ({ $count })
kit-page-written = Écrit par cosell à partir du brouillon { $draft } le { $at }. `submission.json` fait foi ; cette page dit quoi faire dans le navigateur. Cochez chaque étape au fur et à mesure : les coches sont conservées dans ce navigateur.
kit-find-offer = Trouvez l’offre par son nom : { $value }
kit-choose = { $what } : choisissez { $value }
kit-page-solution-area = Domaine de solution : choisissez { $area } puis ses { $what } : { $sub_areas }
kit-type = { $what } : tapez { $value }
kit-filter = Filtrer les contacts
kit-filter-placeholder = nom, e-mail, rôle ou pays
kit-print-contacts = { $count ->
        [one] { $count } contact : voir contacts.csv.
       *[other] { $count } contacts : voir contacts.csv.
    }
kit-first-contacts = Les { $shown } premiers contacts sur { $count } ; tous sont dans contacts.csv.
kit-map-title = Marchés sur une carte du monde
kit-map-without = Sans contact Partner sales : { $markets }
doc-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
doc-slides = { $count ->
    [one] { $count } diapositive
   *[other] { $count } diapositives
}
doc-not-checked-larger = non vérifié : plus de { $size } Mo
doc-not-picture = illisible en tant qu’image ({ $why }) ; exportez-le de nouveau et vérifiez qu’il s’ouvre
doc-encrypted = est chiffré (protégé par mot de passe) ; les évaluateurs risquent de ne pas pouvoir l’ouvrir
doc-no-pages = n’a aucune page qu’un lecteur PDF puisse afficher ; exportez-le de nouveau
doc-not-pdf = illisible en tant que PDF ({ $why }) ; exportez-le de nouveau et vérifiez qu’il s’ouvre
doc-not-office = n’est pas un fichier { $app } valide ({ $why }) ; enregistrez-le de nouveau depuis { $app }
doc-no-part = pas de { $part }
doc-one-pager-over-ten = { $count } pages ; la documentation 2022 de l’Espace partenaires en accepte au plus 10, et le modèle de une page client (one-pager) de Microsoft tient sur une page
doc-one-pager-over-two = { $count } pages ; le modèle de une page client (one-pager) de Microsoft tient sur une page, ses recommandations de 2019 sur 1 à 2
doc-deck-slides = { $count ->
    [one] { $count } diapositive
   *[other] { $count } diapositives
} ; les recommandations de Microsoft de 2019 pour un jeu de présentation client (pitch deck) sont de 5 à 10 diapositives
doc-diagram-small = { $width }×{ $height } pixels : sous 800 px de large, un diagramme est difficile à lire ; exportez-le plus grand
doc-preview-too-large = plus de { $size } Mo : trop volumineux pour un aperçu ici
doc-worker-cannot-limit = processus auxiliaire cosell : impossible de se limiter ({ $why }) ; lecture refusée
doc-no-limits = pas de limites de ressources sur cette plateforme
doc-took-longer = non vérifié : la lecture a pris plus de { $seconds } s
doc-memory = non vérifié : la lecture demandait plus que les { $size } Mio que cosell accorde à un document
doc-preview-took-longer = non affiché : le décodage a pris plus de { $seconds } s
doc-preview-memory = non affiché : le décodage demandait plus que les { $size } Mio que cosell accorde à un document
doc-reader-failed = non vérifié : le lecteur de documents a échoué
doc-reader-no-start-why = non vérifié : le lecteur de documents n’a pas pu démarrer ({ $why })
doc-reader-no-start = non vérifié : le lecteur de documents n’a pas pu démarrer
doc-no-thread = non vérifié : aucun thread n’a pu être lancé pour le lire
doc-no-answer = non vérifié : le lecteur de documents n’a donné aucune réponse
doc-preview-no-answer = non affiché : le lecteur d’images n’a donné aucune réponse
doc-preview-cut-short = non affiché : la réponse du lecteur d’images était tronquée
doc-not-running = non vérifié : le lecteur de documents ne fonctionne pas
doc-still-reading = non vérifié : toujours en lecture après { $seconds } s
csv-problems = { $count ->
    [one] { $count } problème ; rien n’a été importé et le brouillon est inchangé :
   *[other] { $count } problèmes ; rien n’a été importé et le brouillon est inchangé :
}
csv-and-more = … et { $count } de plus ; corrigez d’abord ceux-ci
csv-no-such-file = fichier introuvable
csv-not-a-file = est { $kind }, pas un fichier CSV
csv-too-big = fait { $size } Mo ; un CSV de contacts fait au plus { $max } Mo
csv-grew-too-big = fait plus de { $max } Mo ; un CSV de contacts fait au plus cette taille
csv-row = ligne { $row } : { $message }
csv-encoding-utf8 = UTF-8
csv-encoding-utf8-bom = UTF-8 avec marque d’ordre des octets (« CSV UTF-8 » d’Excel)
csv-encoding-utf16 = UTF-16 avec marque d’ordre des octets (« Texte Unicode » d’Excel)
csv-encoding-1252 = Windows-1252 (« CSV » d’Excel sous Windows d’Europe occidentale)
csv-save-as = enregistrez-le depuis le tableur au format « CSV UTF-8 (délimité par des virgules) » et importez celui-ci
csv-bad-utf16 = le fichier commence comme du texte UTF-16 mais n’est plus de l’UTF-16 valide plus loin ; { $save_as }
csv-workbook = le fichier est un classeur (.xlsx), pas un CSV ; { $save_as }
csv-bad-utf8 = le fichier se dit en UTF-8 mais la ligne { $row } ne l’est pas ; { $save_as }
csv-zero-byte = le fichier est de l’UTF-16 sans marque d’ordre des octets, ou pas du texte du tout (un octet nul à la ligne { $row }) ; { $save_as }
csv-not-text = le fichier n’est pas du texte en UTF-8, UTF-16 ou Windows-1252 (octet { $byte } à la ligne { $row }) ; { $save_as }
csv-template-guide =
    Une ligne par contact. Role : Partner marketing, Partner sales, Partner technical sales ou
    Partner customer success manager. Countries/Regions : codes ISO séparés par des virgules, entre
    guillemets droits s’il y en a plusieurs ("US, CA"), ou OOO pour tous les pays.
    States/Provinces (facultatif) : US-WA, CA-BC, AU-NSW ... dans les pays de la ligne.
    Remplacez la ligne d’exemple (Ada Lovelace) par vos contacts. L’importation remplace tous les contacts.
csv-empty = le fichier est vide ; il lui faut l’en-tête { $header } et une ligne par contact (`cosell contacts template` en écrit un)
csv-unclosed-quote = ligne { $row } : un guillemet double s’ouvre ici et ne se ferme jamais, si bien que le reste du fichier serait lu comme une seule cellule ; fermez le guillemet ("US, CA") ou supprimez-le
csv-bad-header = ligne 1 : impossible de lire l’en-tête : { $why }
csv-no-header = le fichier n’a pas d’en-tête
csv-column-twice = la colonne { $column } apparaît deux fois
csv-unknown-column = colonne inconnue { $column } ; les colonnes sont { $columns }
csv-missing-column = la colonne { $column } manque ; l’en-tête doit être { $header }
csv-read-as = lu comme { $encoding }
csv-too-many = le fichier a plus de { $max } contacts ; cosell en accepte au plus { $max } par brouillon
csv-row-unreadable = illisible : { $why }
csv-a-cell = une cellule
csv-cell-not-utf8 = { $column } n’est pas du texte UTF-8 ; enregistrez le fichier au format « CSV UTF-8 »
csv-cell-count = a { $cells } cellules mais l’en-tête a { $columns } colonnes ; vérifiez s’il manque un séparateur ou s’il y en a un de trop
csv-role-unknown = Role { $value } ne fait pas partie de { $roles }
csv-column-required = { $column } est obligatoire{ $rest }
csv-formula = { $column } { $value } ressemble à une formule de tableur ; il est importé comme texte, et les exports CSV de cosell l’écrivent de sorte que les tableurs ne l’exécutent pas
csv-example-row = c’est la ligne d’exemple du modèle ; supprimez-la, sauf si Ada est votre contact
csv-no-contacts = le fichier a un en-tête mais aucun contact ; une importation remplace tous les contacts, elle les supprimerait donc tous
csv-spill = Countries/Regions { $value } a été découpé en plusieurs cellules parce qu’il contient des virgules mais pas de guillemets, si bien que { $spilled } a débordé dans States/Provinces ; mettez la liste entre guillemets doubles : "{ $list }"
csv-preview-replaces = Cette importation remplace tous les contacts : { $before } maintenant → { $after } après.
csv-preview-more = et { $count } de plus
csv-preview-added = Ajoutés ({ $count }) : { $names }
csv-preview-changed = Modifiés ({ $count }) : { $names }
csv-preview-dropped = Supprimés ({ $count }) : { $names }
csv-preview-covered = Marchés qui deviennent couverts : { $markets }
csv-preview-uncovered = Marchés qui perdent leur contact commercial : { $markets }
csv-preview-still = Marchés toujours sans contact commercial : { $markets }
file-store-pid-unknown = inconnu
