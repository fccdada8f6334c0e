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
kit-print-contacts = { $count } contacts : voir contacts.csv.
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
