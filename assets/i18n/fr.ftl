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

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

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
step-diagram = Schéma d'architecture
    .short = Schéma
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
lang-unknown = cosell : { $variable }={ $value } n’est pas une langue que cosell parle ({ $codes }) ; cosell utilise l’anglais

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

