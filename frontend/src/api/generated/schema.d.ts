// Généré par scripts/api-client.mjs depuis /api/openapi.json — ne pas modifier à la main.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clés publiques de signature des jetons */
        get: operations["jwks__well_known_jwks_json_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/oauth-authorization-server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Métadonnées du serveur (RFC 8414) */
        get: operations["oauth_metadata__well_known_oauth_authorization_server_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Découverte OpenID Connect */
        get: operations["openid_configuration__well_known_openid_configuration_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/cles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clés de signature publiées */
        get: operations["list_keys_api_admin_cles_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/cles/rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotation des clés : une nouvelle signe, l'ancienne reste publiée */
        post: operations["rotate_keys_api_admin_cles_rotation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients OAuth (logiciels partenaires) */
        get: operations["list_clients_api_admin_clients_get"];
        put?: never;
        /** Créer le client d'un OF, d'un valideur, d'un financeur */
        post: operations["create_client_api_admin_clients_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un client */
        get: operations["get_client_api_admin_clients__client_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/{client_id}/desactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Désactiver un client (ses jetons sont refusés) */
        post: operations["disable_client_api_admin_clients__client_id__desactivation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/{client_id}/jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Remplacer les clés publiques (private_key_jwt) */
        put: operations["replace_jwks_api_admin_clients__client_id__jwks_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/{client_id}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Réactiver un client */
        post: operations["enable_client_api_admin_clients__client_id__reactivation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/{client_id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renouveler le secret (affiché une seule fois) */
        post: operations["rotate_secret_api_admin_clients__client_id__secret_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/comptes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comptes des personnes */
        get: operations["list_accounts_api_admin_comptes_get"];
        put?: never;
        /** Créer le compte d'une personne */
        post: operations["create_account_api_admin_comptes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/comptes/{account_id}/desactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Désactiver un compte (fin de ses sessions) */
        post: operations["disable_account_api_admin_comptes__account_id__desactivation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/comptes/{account_id}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Réactiver un compte */
        post: operations["enable_account_api_admin_comptes__account_id__reactivation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actions (filtres) */
        get: operations["catalog_list_actions_v1_actions_get"];
        put?: never;
        /** Créer une action */
        post: operations["catalog_create_action_v1_actions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/actions/{action_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une action, avec ses modules */
        get: operations["catalog_get_action_v1_actions__action_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier une action */
        patch: operations["catalog_patch_action_v1_actions__action_id__patch"];
        trace?: never;
    };
    "/api/catalog/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flux d'événements (curseur) */
        get: operations["catalog_events_v1_events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/exports/lheo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exporter l'offre en LHÉO 2.3 (lecture publique) */
        get: operations["catalog_export_lheo_v1_exports_lheo_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/formations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Formations (filtres) */
        get: operations["catalog_list_formations_v1_formations_get"];
        put?: never;
        /** Créer une formation */
        post: operations["catalog_create_formation_v1_formations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/formations/{formation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une formation */
        get: operations["catalog_get_formation_v1_formations__formation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier une formation */
        patch: operations["catalog_patch_formation_v1_formations__formation_id__patch"];
        trace?: never;
    };
    "/api/catalog/v1/imports/lheo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importer un fichier LHÉO 2.2 ou 2.3 (corps XML) */
        post: operations["catalog_import_lheo_v1_imports_lheo_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lots (filtres) */
        get: operations["catalog_list_lots_v1_lots_get"];
        put?: never;
        /** Créer un lot */
        post: operations["catalog_create_lot_v1_lots_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/lots/{lot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un lot */
        get: operations["catalog_get_lot_v1_lots__lot_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier un lot */
        patch: operations["catalog_patch_lot_v1_lots__lot_id__patch"];
        trace?: never;
    };
    "/api/catalog/v1/marches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Marchés */
        get: operations["catalog_list_marches_v1_marches_get"];
        put?: never;
        /** Créer un marché */
        post: operations["catalog_create_marche_v1_marches_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/marches/{marche_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un marché */
        get: operations["catalog_get_marche_v1_marches__marche_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier un marché */
        patch: operations["catalog_patch_marche_v1_marches__marche_id__patch"];
        trace?: never;
    };
    "/api/catalog/v1/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Modules (filtres) */
        get: operations["catalog_list_modules_v1_modules_get"];
        put?: never;
        /** Proposer un module */
        post: operations["catalog_propose_v1_modules_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/modules/{module_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un module */
        get: operations["catalog_get_module_v1_modules__module_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/modules/{module_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Valider ou refuser (Région) */
        post: operations["catalog_decide_v1_modules__module_id__decision_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/modules/{module_id}/retrait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retirer un module */
        post: operations["catalog_withdraw_v1_modules__module_id__retrait_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/organismes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organismes de formation */
        get: operations["catalog_list_organismes_v1_organismes_get"];
        put?: never;
        /** Déclarer un organisme */
        post: operations["catalog_create_organisme_v1_organismes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/organismes/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un organisme (id ou SIRET) */
        get: operations["catalog_get_organisme_v1_organismes__ref__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Renommer un organisme */
        patch: operations["catalog_patch_organisme_v1_organismes__ref__patch"];
        trace?: never;
    };
    "/api/catalog/v1/referentiels/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Données de référence (lecture publique) */
        get: operations["catalog_list_referentiel_v1_referentiels__kind__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Réserver une place */
        post: operations["catalog_hold_v1_reservations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/reservations/{candidature_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire une réservation */
        get: operations["catalog_read_v1_reservations__candidature_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/reservations/{candidature_id}/acceptation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Candidature acceptée : la place reste réservée sans expiration */
        post: operations["catalog_accept_v1_reservations__candidature_id__acceptation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/reservations/{candidature_id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place occupée (entrée) */
        post: operations["catalog_confirm_v1_reservations__candidature_id__confirmation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/reservations/{candidature_id}/liberation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rendre la place */
        post: operations["catalog_release_v1_reservations__candidature_id__liberation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recherche de places (lecture publique) */
        get: operations["catalog_search_sessions_v1_sessions_get"];
        put?: never;
        /** Ouvrir une session */
        post: operations["catalog_create_session_v1_sessions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une session */
        get: operations["catalog_get_session_v1_sessions__session_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier une session */
        patch: operations["catalog_patch_session_v1_sessions__session_id__patch"];
        trace?: never;
    };
    "/api/echanges/v1/abonnements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes abonnements (tous pour la Région) */
        get: operations["echanges_list_subscriptions_v1_abonnements_get"];
        put?: never;
        /** S'abonner à des événements */
        post: operations["echanges_subscribe_v1_abonnements_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/abonnements/{abonnement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Se désabonner (les livraisons en attente sont abandonnées) */
        delete: operations["echanges_unsubscribe_v1_abonnements__abonnement_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/abonnements/{abonnement_id}/livraisons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journal des livraisons (tentatives, statut, latence), les plus récentes d'abord */
        get: operations["echanges_deliveries_v1_abonnements__abonnement_id__livraisons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/abonnements/{abonnement_id}/rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changer de secret (l'ancien reste valable pendant le chevauchement) */
        post: operations["echanges_rotate_v1_abonnements__abonnement_id__rotation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/agora/exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dispositifs dont les dossiers ne sont pas transmis à AGORA (référentiel de la Région) */
        get: operations["echanges_exclusions_v1_agora_exclusions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/agora/exclusions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ajouter ou renommer une exclusion */
        put: operations["echanges_put_exclusion_v1_agora_exclusions__code__put"];
        post?: never;
        /** Retirer une exclusion */
        delete: operations["echanges_delete_exclusion_v1_agora_exclusions__code__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/agora/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les exports, les plus récents d'abord */
        get: operations["echanges_list_exports_v1_agora_exports_get"];
        put?: never;
        /** Lancer un export (l'incrément depuis le précédent, ou une reprise `depuis` une date) */
        post: operations["echanges_create_export_v1_agora_exports_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/agora/exports/{export_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un export et ses rejets (motifs par événement) */
        get: operations["echanges_get_export_v1_agora_exports__export_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/agora/exports/{export_id}/fichier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le fichier de l'export (JSON Lines, un événement par ligne), autant de fois que voulu */
        get: operations["echanges_download_v1_agora_exports__export_id__fichier_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/agora/exports/{export_id}/retour": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charger le fichier retour de la plateforme nationale (accepté / rejeté par événement) */
        post: operations["echanges_load_retour_v1_agora_exports__export_id__retour_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/echanges/v1/livraisons/{livraison_id}/rejouer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renvoyer une livraison maintenant (même webhook-id : le récepteur peut dédoublonner) */
        post: operations["echanges_replay_v1_livraisons__livraison_id__rejouer_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/v1/admin/reconstruction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reconstruit les projections depuis la séquence 0 */
        post: operations["indicators_rebuild_v1_admin_reconstruction_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/v1/etat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** État de la consommation des flux (curseurs, fraîcheur) */
        get: operations["indicators_feed_state_v1_etat_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/v1/indicateurs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Définitions des indicateurs (formules, cohortes, seuil du secret) */
        get: operations["indicators_list_definitions_v1_indicateurs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/v1/indicateurs/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Un indicateur par période et dimensions
         * @description `periode` = 2025 | 2025-T1 | 2025-03 ; `par` = jusqu'à 3 dimensions ; un filtre par dimension ; `as_of` = tel que connu à cette date. `Accept: text/csv` ou le suffixe `.csv` pour un export tableur.
         */
        get: operations["indicators_get_indicator_v1_indicateurs__code__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/v1/lots/{lot_id}/bilan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bilan d'un lot comparé à la moyenne régionale */
        get: operations["indicators_lot_bilan_v1_lots__lot_id__bilan_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** L'appelant, tel que son jeton le décrit */
        get: operations["me_api_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/alertes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alertes d'assiduité visibles */
        get: operations["parcours_list_alertes_v1_alertes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/alertes/{alerte_id}/acquittement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Indiquer ce qui a été fait (OF ou valideur prescripteur) */
        post: operations["parcours_acknowledge_v1_alertes__alerte_id__acquittement_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journal d'audit (Région) */
        get: operations["parcours_list_audit_v1_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/candidatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidatures visibles */
        get: operations["parcours_list_candidatures_v1_candidatures_get"];
        put?: never;
        /** Envoyer une candidature */
        post: operations["parcours_create_candidature_v1_candidatures_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/candidatures/{candidature_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une candidature */
        get: operations["parcours_get_candidature_v1_candidatures__candidature_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/candidatures/{candidature_id}/annulation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Annuler (valideur prescripteur) */
        post: operations["parcours_cancel_v1_candidatures__candidature_id__annulation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/candidatures/{candidature_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accepter ou refuser (OF) */
        post: operations["parcours_decide_v1_candidatures__candidature_id__decision_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/candidatures/{candidature_id}/entree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Déclarer l'entrée en formation (OF) avec le contrat individuel */
        post: operations["parcours_enter_v1_candidatures__candidature_id__entree_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/candidatures/{candidature_id}/positionnement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mettre en positionnement (OF) */
        post: operations["parcours_position_v1_candidatures__candidature_id__positionnement_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/candidatures/{candidature_id}/retravail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retravailler une candidature refusée en une nouvelle */
        post: operations["parcours_rework_candidature_v1_candidatures__candidature_id__retravail_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Avancement de la génération des données de démonstration */
        get: operations["parcours_demo_status_v1_demo_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flux d'événements (curseur) */
        get: operations["parcours_events_v1_events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/events/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schémas JSON des événements du parcours */
        get: operations["parcours_event_schemas_v1_events_schemas_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/parcours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parcours visibles */
        get: operations["parcours_list_parcours_v1_parcours_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/parcours/{parcours_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un parcours */
        get: operations["parcours_get_parcours_v1_parcours__parcours_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/parcours/{parcours_id}/reprise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reprendre (OF) */
        post: operations["parcours_resume_v1_parcours__parcours_id__reprise_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/parcours/{parcours_id}/sortie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Déclarer la sortie (OF) */
        post: operations["parcours_leave_v1_parcours__parcours_id__sortie_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/parcours/{parcours_id}/suivis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enregistrer un suivi à 3, 6 ou 12 mois */
        post: operations["parcours_follow_up_v1_parcours__parcours_id__suivis_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/parcours/{parcours_id}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspendre (OF) */
        post: operations["parcours_suspend_v1_parcours__parcours_id__suspension_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/presences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Déclarer des présences en masse (JSON) */
        post: operations["parcours_post_presences_v1_presences_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parcours/v1/presences/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importer un fichier CSV de présences */
        post: operations["parcours_import_presences_v1_presences_import_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le processus répond */
        get: operations["healthz_healthz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page de connexion (code d'autorisation + PKCE S256) */
        get: operations["authorize_page_oauth2_authorize_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Déconnexion (OpenID Connect RP-initiated logout) */
        get: operations["logout_oauth2_logout_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Révocation d'un jeton (RFC 7009) */
        post: operations["revoke_oauth2_revoke_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Jeton d'accès (client_credentials, authorization_code + PKCE, refresh_token) */
        post: operations["token_oauth2_token_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenID Connect UserInfo (le porteur du jeton) */
        get: operations["userinfo_oauth2_userinfo_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Base joignable et migrations à jour */
        get: operations["readyz_readyz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccountCreate */
        AccountCreate: {
            /**
             * Mot De Passe
             * @description Au moins 12 caractères ; absent : connexion par le fournisseur externe
             */
            mot_de_passe?: string | null;
            /**
             * Nom
             * @default
             */
            nom: string;
            /**
             * Reseau
             * @description Réseau du valideur : FRANCE_TRAVAIL, MISSION_LOCALE, CAP_EMPLOI, CONSEIL_DEPARTEMENTAL
             */
            reseau?: string | null;
            /**
             * Siret
             * @description SIRET de l'OF (type organisme)
             */
            siret?: string | null;
            /**
             * Structure
             * @description Code de la structure (valideur, financeur, région)
             */
            structure?: string | null;
            /**
             * Type
             * @description organisme (un OF), valideur (une structure prescriptrice), financeur, region
             * @enum {string}
             */
            type: "organisme" | "valideur" | "financeur" | "region";
            /**
             * Username
             * @description Adresse électronique
             */
            username: string;
        };
        /** ActionIn */
        CatalogueActionIn: {
            /**
             * Entrees Sorties Permanentes
             * @default false
             */
            entrees_sorties_permanentes: boolean;
            /**
             * Formation Id
             * Format: uuid
             */
            formation_id: string;
            /**
             * Heures Centre
             * @default 0
             */
            heures_centre: number;
            /**
             * Heures Entreprise
             * @default 0
             */
            heures_entreprise: number;
            lieu: components["schemas"]["CatalogueLieuIn"];
            /**
             * Modalite
             * @default PRESENTIEL
             * @enum {string}
             */
            modalite: "PRESENTIEL" | "DISTANCE" | "MIXTE";
            /** Prerequis */
            prerequis?: string | null;
            /** Public Vise */
            public_vise?: string | null;
            /**
             * Temps Plein
             * @default true
             */
            temps_plein: boolean;
        };
        /** ActionOut */
        CatalogueActionOut: {
            /** Entrees Sorties Permanentes */
            entrees_sorties_permanentes: boolean;
            /**
             * Formation Id
             * Format: uuid
             */
            formation_id: string;
            /** Heures Centre */
            heures_centre: number;
            /** Heures Entreprise */
            heures_entreprise: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Lheo Numero */
            lheo_numero: string | null;
            lieu: components["schemas"]["CatalogueLieuOut"];
            /** Modalite */
            modalite: string;
            /** Modules */
            modules?: {
                [key: string]: unknown;
            }[] | null;
            /** Prerequis */
            prerequis: string | null;
            /** Public Vise */
            public_vise: string | null;
            /** Temps Plein */
            temps_plein: boolean;
        };
        /** ActionPatch */
        CatalogueActionPatch: {
            /** Entrees Sorties Permanentes */
            entrees_sorties_permanentes?: boolean | null;
            /** Heures Centre */
            heures_centre?: number | null;
            /** Heures Entreprise */
            heures_entreprise?: number | null;
            lieu?: components["schemas"]["CatalogueLieuIn"] | null;
            /** Modalite */
            modalite?: ("PRESENTIEL" | "DISTANCE" | "MIXTE") | null;
            /** Prerequis */
            prerequis?: string | null;
            /** Public Vise */
            public_vise?: string | null;
            /** Temps Plein */
            temps_plein?: boolean | null;
        };
        /** CertificationIn */
        CatalogueCertificationIn: {
            /** Code Rncp */
            code_rncp?: string | null;
            /** Intitule */
            intitule?: string | null;
            /** Niveau */
            niveau?: string | null;
        };
        /** CertificationOut */
        CatalogueCertificationOut: {
            /** Code Rncp */
            code_rncp: string | null;
            /** Intitule */
            intitule: string | null;
            /** Niveau */
            niveau: string | null;
        };
        /** CertificationRef */
        CatalogueCertificationRef: {
            /** Code Rncp */
            code_rncp: string | null;
            /** Intitule */
            intitule: string | null;
            /** Niveau */
            niveau: string | null;
        };
        /** DecisionIn */
        CatalogueDecisionIn: {
            /**
             * Decision
             * @enum {string}
             */
            decision: "VALIDE" | "REFUSE";
            /** Motif */
            motif?: string | null;
        };
        /** FeedEvent */
        CatalogueFeedEvent: {
            /** Aggregate Id */
            aggregate_id: string;
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** Id */
            id: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Seq */
            seq: number;
            /** Type */
            type: string;
        };
        /** FeedPage */
        CatalogueFeedPage: {
            /** Has More */
            has_more: boolean;
            /** Items */
            items: components["schemas"]["CatalogueFeedEvent"][];
            /** Next After */
            next_after: number;
        };
        /** FormationIn */
        CatalogueFormationIn: {
            /** Certifiante */
            certifiante?: boolean | null;
            certification?: components["schemas"]["CatalogueCertificationIn"] | null;
            /** Contenu */
            contenu?: string | null;
            /** Formacodes */
            formacodes?: string[];
            /** Intitule */
            intitule: string;
            /**
             * Lot Id
             * Format: uuid
             */
            lot_id: string;
            /** Objectif */
            objectif?: string | null;
            /** Romes */
            romes?: string[];
        };
        /** FormationOut */
        CatalogueFormationOut: {
            /** Certifiante */
            certifiante: boolean;
            certification: components["schemas"]["CatalogueCertificationOut"];
            /** Contenu */
            contenu: string | null;
            /** Dispositif */
            dispositif: string | null;
            /** Formacodes */
            formacodes: string[];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Intitule */
            intitule: string;
            /** Lheo Numero */
            lheo_numero: string | null;
            /** Lot Id */
            lot_id: string | null;
            /** Objectif */
            objectif: string | null;
            /** Organisme Siret */
            organisme_siret: string;
            /** Programme */
            programme: string | null;
            /** Romes */
            romes: string[];
            /** Secteur */
            secteur: string | null;
        };
        /** FormationPatch */
        CatalogueFormationPatch: {
            /** Certifiante */
            certifiante?: boolean | null;
            certification?: components["schemas"]["CatalogueCertificationIn"] | null;
            /** Contenu */
            contenu?: string | null;
            /** Formacodes */
            formacodes?: string[] | null;
            /** Intitule */
            intitule?: string | null;
            /** Objectif */
            objectif?: string | null;
            /** Romes */
            romes?: string[] | null;
        };
        /** FormationRef */
        CatalogueFormationRef: {
            /** Certifiante */
            certifiante: boolean;
            certification: components["schemas"]["CatalogueCertificationRef"];
            /** Formacodes */
            formacodes: string[];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Intitule */
            intitule: string;
            /** Romes */
            romes: string[];
        };
        /** LiberationIn */
        CatalogueLiberationIn: {
            /** Raison */
            raison?: string | null;
        };
        /** LieuIn */
        CatalogueLieuIn: {
            /** Code Postal */
            code_postal?: string | null;
            /** Commune */
            commune: string;
            /** Commune Insee */
            commune_insee: string;
            /** Departement */
            departement: string;
            /** Latitude */
            latitude?: number | null;
            /** Longitude */
            longitude?: number | null;
            /** Territoire */
            territoire?: string | null;
        };
        /** LieuOut */
        CatalogueLieuOut: {
            /** Code Postal */
            code_postal: string | null;
            /** Commune */
            commune: string;
            /** Commune Insee */
            commune_insee: string;
            /** Departement */
            departement: string;
            /** Latitude */
            latitude: number | null;
            /** Longitude */
            longitude: number | null;
            /** Territoire */
            territoire: string | null;
        };
        /** LieuRef */
        CatalogueLieuRef: {
            /** Code Postal */
            code_postal: string | null;
            /** Commune */
            commune: string;
            /** Commune Insee */
            commune_insee: string;
            /** Departement */
            departement: string;
            /** Latitude */
            latitude: number | null;
            /** Longitude */
            longitude: number | null;
            /** Territoire */
            territoire: string | null;
        };
        /** LotIn */
        CatalogueLotIn: {
            /** Cotraitants */
            cotraitants?: string[];
            /** Departement */
            departement?: string | null;
            /** Heures Stagiaires Max */
            heures_stagiaires_max?: number | null;
            /** Heures Stagiaires Min */
            heures_stagiaires_min?: number | null;
            /** Intitule */
            intitule: string;
            /**
             * Marche Id
             * Format: uuid
             */
            marche_id: string;
            /** Numero */
            numero: number;
            /**
             * Objectif Entrees
             * @default 0
             */
            objectif_entrees: number;
            /** Organisme Siret */
            organisme_siret: string;
            /** Secteur */
            secteur?: string | null;
            /** Territoire */
            territoire?: string | null;
        };
        /** LotOut */
        CatalogueLotOut: {
            /** Cotraitants */
            cotraitants: string[];
            /** Departement */
            departement: string | null;
            /** Dispositif */
            dispositif: string;
            /** Heures Stagiaires Max */
            heures_stagiaires_max: number | null;
            /** Heures Stagiaires Min */
            heures_stagiaires_min: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Intitule */
            intitule: string;
            /**
             * Marche Id
             * Format: uuid
             */
            marche_id: string;
            /** Numero */
            numero: number;
            /** Objectif Entrees */
            objectif_entrees: number;
            organisme: components["schemas"]["CatalogueOrganismeOut"];
            /** Organisme Siret */
            organisme_siret: string;
            /** Secteur */
            secteur: string | null;
            /** Territoire */
            territoire: string | null;
        };
        /** LotPatch */
        CatalogueLotPatch: {
            /** Cotraitants */
            cotraitants?: string[] | null;
            /** Departement */
            departement?: string | null;
            /** Heures Stagiaires Max */
            heures_stagiaires_max?: number | null;
            /** Heures Stagiaires Min */
            heures_stagiaires_min?: number | null;
            /** Intitule */
            intitule?: string | null;
            /** Objectif Entrees */
            objectif_entrees?: number | null;
            /** Organisme Siret */
            organisme_siret?: string | null;
            /** Secteur */
            secteur?: string | null;
            /** Territoire */
            territoire?: string | null;
        };
        /** LotRef */
        CatalogueLotRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Intitule */
            intitule: string;
            /** Numero */
            numero: number;
        };
        /** MarcheIn */
        CatalogueMarcheIn: {
            /**
             * Debut
             * Format: date
             */
            debut: string;
            /** Dispositif */
            dispositif: string;
            /**
             * Fin
             * Format: date
             */
            fin: string;
            /** Intitule */
            intitule: string;
            /** Reference */
            reference: string;
        };
        /** MarcheOut */
        CatalogueMarcheOut: {
            /**
             * Debut
             * Format: date
             */
            debut: string;
            /** Dispositif */
            dispositif: string;
            /**
             * Fin
             * Format: date
             */
            fin: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Intitule */
            intitule: string;
            /** Programme */
            programme: string | null;
            /** Reference */
            reference: string;
        };
        /** MarchePatch */
        CatalogueMarchePatch: {
            /** Debut */
            debut?: string | null;
            /** Fin */
            fin?: string | null;
            /** Intitule */
            intitule?: string | null;
        };
        /** ModuleIn */
        CatalogueModuleIn: {
            /**
             * Action Id
             * Format: uuid
             */
            action_id: string;
            /**
             * Heures
             * @default 0
             */
            heures: number;
            /** Intitule */
            intitule: string;
            /** Type */
            type: string;
        };
        /** ModuleOut */
        CatalogueModuleOut: {
            /**
             * Action Id
             * Format: uuid
             */
            action_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
            /** Heures */
            heures: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Intitule */
            intitule: string;
            /** Motif */
            motif: string | null;
            /** Propose Par */
            propose_par: string;
            /** Statut */
            statut: string;
            /** Type */
            type: string;
        };
        /** OrganismeIn */
        CatalogueOrganismeIn: {
            /** Raison Sociale */
            raison_sociale: string;
            /** Siret */
            siret: string;
        };
        /** OrganismeOut */
        CatalogueOrganismeOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Raison Sociale */
            raison_sociale: string;
            /** Siret */
            siret: string;
        };
        /** OrganismePatch */
        CatalogueOrganismePatch: {
            /** Raison Sociale */
            raison_sociale: string;
        };
        /** OrganismeRef */
        CatalogueOrganismeRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Raison Sociale */
            raison_sociale: string;
            /** Siret */
            siret: string;
        };
        /** Page[ActionOut] */
        CataloguePage_ActionOut_: {
            /** Items */
            items: components["schemas"]["CatalogueActionOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[FormationOut] */
        CataloguePage_FormationOut_: {
            /** Items */
            items: components["schemas"]["CatalogueFormationOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[LotOut] */
        CataloguePage_LotOut_: {
            /** Items */
            items: components["schemas"]["CatalogueLotOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[MarcheOut] */
        CataloguePage_MarcheOut_: {
            /** Items */
            items: components["schemas"]["CatalogueMarcheOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[ModuleOut] */
        CataloguePage_ModuleOut_: {
            /** Items */
            items: components["schemas"]["CatalogueModuleOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[OrganismeOut] */
        CataloguePage_OrganismeOut_: {
            /** Items */
            items: components["schemas"]["CatalogueOrganismeOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[SessionOut] */
        CataloguePage_SessionOut_: {
            /** Items */
            items: components["schemas"]["CatalogueSessionOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** RefOut */
        CatalogueRefOut: {
            /** Code */
            code: string;
            /** Libelle */
            libelle: string;
        };
        /** ReservationIn */
        CatalogueReservationIn: {
            /**
             * Candidature Id
             * Format: uuid
             */
            candidature_id: string;
            /** Date Candidature */
            date_candidature?: string | null;
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
        };
        /** ReservationOut */
        CatalogueReservationOut: {
            /**
             * Candidature Id
             * Format: uuid
             */
            candidature_id: string;
            /** Expire Le */
            expire_le: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Raison */
            raison: string | null;
            /** Session */
            session: {
                [key: string]: unknown;
            };
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /** Statut */
            statut: string;
        };
        /** RetraitIn */
        CatalogueRetraitIn: {
            /** Motif */
            motif?: string | null;
        };
        /** SessionIn */
        CatalogueSessionIn: {
            /**
             * Action Id
             * Format: uuid
             */
            action_id: string;
            /** Dates Information */
            dates_information?: string[];
            /**
             * Debut
             * Format: date
             */
            debut: string;
            /**
             * Etat Recrutement
             * @default OUVERT
             * @enum {string}
             */
            etat_recrutement: "OUVERT" | "SUSPENDU" | "FERME";
            /**
             * Fin
             * Format: date
             */
            fin: string;
            /** Places Ouvertes */
            places_ouvertes: number;
        };
        /** SessionOut */
        CatalogueSessionOut: {
            /**
             * Action Id
             * Format: uuid
             */
            action_id: string;
            /** Dates Information */
            dates_information: string[];
            /**
             * Debut
             * Format: date
             */
            debut: string;
            dispositif: components["schemas"]["CatalogueRefOut"] | null;
            /** Distance Km */
            distance_km?: number | null;
            /** Entrees Sorties Permanentes */
            entrees_sorties_permanentes: boolean;
            /** Etat Recrutement */
            etat_recrutement: string;
            /**
             * Fin
             * Format: date
             */
            fin: string;
            formation: components["schemas"]["CatalogueFormationRef"];
            /** Heures Centre */
            heures_centre: number;
            /** Heures Entreprise */
            heures_entreprise: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            lieu: components["schemas"]["CatalogueLieuRef"];
            lot: components["schemas"]["CatalogueLotRef"] | null;
            /** Modalite */
            modalite: string;
            organisme: components["schemas"]["CatalogueOrganismeRef"];
            /** Places Disponibles */
            places_disponibles: number;
            /** Places Ouvertes */
            places_ouvertes: number;
            /** Programme */
            programme: string | null;
            /** Secteur */
            secteur: string | null;
            /** Temps Plein */
            temps_plein: boolean;
        };
        /** SessionPatch */
        CatalogueSessionPatch: {
            /** Dates Information */
            dates_information?: string[] | null;
            /** Debut */
            debut?: string | null;
            /** Etat Recrutement */
            etat_recrutement?: ("OUVERT" | "SUSPENDU" | "FERME") | null;
            /** Fin */
            fin?: string | null;
            /** Places Ouvertes */
            places_ouvertes?: number | null;
        };
        /** ClientCreate */
        ClientCreate: {
            /**
             * Client Id
             * @description Identifiant souhaité (sinon généré)
             */
            client_id?: string | null;
            /**
             * Jwks
             * @description Clés publiques (JWKS) pour private_key_jwt
             */
            jwks?: {
                [key: string]: unknown;
            } | null;
            /**
             * Methode Authentification
             * @default client_secret_basic
             * @enum {string}
             */
            methode_authentification: "client_secret_basic" | "client_secret_post" | "private_key_jwt";
            /**
             * Nom
             * @description Nom du logiciel ou de l'organisation
             */
            nom: string;
            /**
             * Reseau
             * @description Réseau du valideur : FRANCE_TRAVAIL, MISSION_LOCALE, CAP_EMPLOI, CONSEIL_DEPARTEMENTAL
             */
            reseau?: string | null;
            /**
             * Siret
             * @description SIRET de l'OF (type organisme)
             */
            siret?: string | null;
            /**
             * Structure
             * @description Code de la structure (valideur, financeur, région)
             */
            structure?: string | null;
            /**
             * Type
             * @description organisme (un OF), valideur (une structure prescriptrice), financeur, region
             * @enum {string}
             */
            type: "organisme" | "valideur" | "financeur" | "region";
        };
        /** AbonnementCree */
        "\u00C9changesAbonnementCree": {
            /**
             * Created At
             * Format: date-time
             * @description Date de création.
             */
            created_at: string;
            /**
             * Description
             * @description Libellé libre.
             */
            description: string;
            /**
             * Evenements
             * @description Types d'événements livrés.
             */
            evenements: string[];
            /**
             * Id
             * @description Identifiant de l'abonnement.
             */
            id: string;
            /**
             * Org Id
             * @description Organisation dont le périmètre s'applique.
             */
            org_id: string;
            /**
             * Role
             * @description Périmètre : organisme, valideur ou region.
             */
            role: string;
            /**
             * Rotation En Cours Jusqu A
             * @description Fin de validité de l'ancien secret après une rotation.
             */
            rotation_en_cours_jusqu_a?: string | null;
            /**
             * Secret
             * @description Secret de signature `whsec_…`, affiché une seule fois.
             */
            secret: string;
            /**
             * Url
             * @description Adresse de réception.
             */
            url: string;
        };
        /** AbonnementIn */
        "\u00C9changesAbonnementIn": {
            /**
             * Description
             * @description Libellé libre pour s'y retrouver.
             * @default
             */
            description: string;
            /**
             * Evenements
             * @description Types d'événements souhaités.
             */
            evenements: string[];
            /**
             * Org Id
             * @description Région seulement : organisme (SIRET) ou valideur concerné.
             */
            org_id?: string | null;
            /**
             * Role
             * @description Région seulement : périmètre de l'abonné (par défaut celui de l'appelant).
             */
            role?: ("organisme" | "valideur" | "region") | null;
            /**
             * Url
             * @description Adresse https qui recevra les livraisons (POST JSON signé).
             */
            url: string;
        };
        /** AbonnementOut */
        "\u00C9changesAbonnementOut": {
            /**
             * Created At
             * Format: date-time
             * @description Date de création.
             */
            created_at: string;
            /**
             * Description
             * @description Libellé libre.
             */
            description: string;
            /**
             * Evenements
             * @description Types d'événements livrés.
             */
            evenements: string[];
            /**
             * Id
             * @description Identifiant de l'abonnement.
             */
            id: string;
            /**
             * Org Id
             * @description Organisation dont le périmètre s'applique.
             */
            org_id: string;
            /**
             * Role
             * @description Périmètre : organisme, valideur ou region.
             */
            role: string;
            /**
             * Rotation En Cours Jusqu A
             * @description Fin de validité de l'ancien secret après une rotation.
             */
            rotation_en_cours_jusqu_a?: string | null;
            /**
             * Url
             * @description Adresse de réception.
             */
            url: string;
        };
        /** Exclusion */
        "\u00C9changesExclusion": {
            /**
             * Code
             * @description Code du dispositif ou du programme exclu.
             */
            code: string;
            /**
             * Libelle
             * @description Libellé.
             */
            libelle: string;
        };
        /** ExportDetail */
        "\u00C9changesExportDetail": {
            /**
             * Acquitte At
             * @description Date de chargement du fichier retour.
             */
            acquitte_at?: string | null;
            /**
             * Created At
             * @description Date de l'export.
             */
            created_at?: string | null;
            /**
             * Depuis
             * @description Date de reprise, pour un export de reprise.
             */
            depuis?: string | null;
            /**
             * Id
             * @description Identifiant de l'export.
             */
            id: string;
            /**
             * Nb Acceptes
             * @description Événements acceptés par la plateforme nationale.
             * @default 0
             */
            nb_acceptes: number;
            /**
             * Nb Evenements
             * @description Nombre d'événements du fichier.
             */
            nb_evenements: number;
            /**
             * Nb Rejetes
             * @description Événements rejetés par la plateforme nationale.
             * @default 0
             */
            nb_rejetes: number;
            /**
             * Rejets
             * @description Événements rejetés et leurs raisons.
             */
            rejets?: components["schemas"]["\u00C9changesRejet"][];
        };
        /** ExportIn */
        "\u00C9changesExportIn": {
            /**
             * Depuis
             * @description Reprise : tous les dossiers entrés depuis cette date (sinon, l'incrément).
             */
            depuis?: string | null;
        };
        /** ExportOut */
        "\u00C9changesExportOut": {
            /**
             * Acquitte At
             * @description Date de chargement du fichier retour.
             */
            acquitte_at?: string | null;
            /**
             * Created At
             * @description Date de l'export.
             */
            created_at?: string | null;
            /**
             * Depuis
             * @description Date de reprise, pour un export de reprise.
             */
            depuis?: string | null;
            /**
             * Id
             * @description Identifiant de l'export.
             */
            id: string;
            /**
             * Nb Acceptes
             * @description Événements acceptés par la plateforme nationale.
             * @default 0
             */
            nb_acceptes: number;
            /**
             * Nb Evenements
             * @description Nombre d'événements du fichier.
             */
            nb_evenements: number;
            /**
             * Nb Rejetes
             * @description Événements rejetés par la plateforme nationale.
             * @default 0
             */
            nb_rejetes: number;
        };
        /** LivraisonOut */
        "\u00C9changesLivraisonOut": {
            /**
             * Created At
             * Format: date-time
             * @description Création de la livraison.
             */
            created_at: string;
            /**
             * Dernier Statut Http
             * @description Code HTTP de la dernière réponse du récepteur.
             */
            dernier_statut_http: number | null;
            /**
             * Derniere Erreur
             * @description Cause du dernier échec (délai dépassé, HTTP 500…).
             */
            derniere_erreur: string | null;
            /**
             * Derniere Latence Ms
             * @description Durée de la dernière tentative, en millisecondes.
             */
            derniere_latence_ms: number | null;
            /**
             * Id
             * @description Identifiant de la livraison, envoyé dans `webhook-id`.
             */
            id: string;
            /**
             * Livree At
             * @description Date de réception confirmée (réponse 2xx).
             */
            livree_at: string | null;
            /**
             * Prochaine Tentative
             * @description Prochain essai prévu (en attente seulement).
             */
            prochaine_tentative: string | null;
            /**
             * Statut
             * @description État de la livraison.
             * @enum {string}
             */
            statut: "EN_ATTENTE" | "LIVREE" | "ECHEC";
            /**
             * Tentatives
             * @description Nombre de tentatives faites.
             */
            tentatives: number;
            /**
             * Type
             * @description Type d'événement.
             */
            type: string;
        };
        /** Rejet */
        "\u00C9changesRejet": {
            /**
             * Dossier Id
             * @description Dossier (identifiant du parcours).
             */
            dossier_id: string;
            /**
             * Evenement Id
             * @description Numéro de l'événement dans le fichier.
             */
            evenement_id: number;
            /**
             * Motifs
             * @description Raisons du rejet données par la plateforme nationale.
             */
            motifs: string[];
        };
        /** Bilan */
        IndicateursBilan: {
            /** Indicateurs */
            indicateurs: components["schemas"]["IndicateursLigneBilan"][];
            lot: components["schemas"]["IndicateursLotBilan"];
            /** Periode */
            periode: string;
        };
        /** DefinitionOut */
        IndicateursDefinitionOut: {
            /** Code */
            code: string;
            /**
             * Cohorte
             * @enum {string}
             */
            cohorte: "entree" | "sortie" | "debut_session" | "candidature" | "sortie_prepa";
            /** Denominateur */
            denominateur: string;
            /** Formule */
            formule: string;
            /** Libelle */
            libelle: string;
            /** Numerateur */
            numerateur: string;
            /**
             * Seuil Secret
             * @description Effectif sous lequel une case est masquée (hors Région).
             */
            seuil_secret: number;
            /**
             * Unite
             * @enum {string}
             */
            unite: "taux" | "nombre" | "jours" | "heures";
        };
        /** Definitions */
        IndicateursDefinitions: {
            /** Items */
            items: components["schemas"]["IndicateursDefinitionOut"][];
        };
        /** Etat */
        IndicateursEtat: {
            /** Flux */
            flux: components["schemas"]["IndicateursFlux"][];
        };
        /** Flux */
        IndicateursFlux: {
            /** Donnees Au */
            donnees_au: string | null;
            /** Mis A Jour */
            mis_a_jour: string;
            /** Position */
            position: number;
            /** Source */
            source: string;
        };
        /**
         * Ligne
         * @description One row of an answer: a cell of the breakdown (empty `dimensions` without `par`).
         */
        IndicateursLigne: {
            /** Denominateur */
            denominateur: number | null;
            /** Dimensions */
            dimensions: {
                [key: string]: unknown;
            };
            /** Numerateur */
            numerateur: number | null;
            /** Secret */
            secret: boolean;
            /** Valeur */
            valeur: number | null;
        };
        /** LigneBilan */
        IndicateursLigneBilan: {
            /** Code */
            code: string;
            /** Ecart */
            ecart?: number | null;
            /** Libelle */
            libelle: string;
            lot: components["schemas"]["IndicateursSynthese"];
            /** Region */
            region: components["schemas"]["IndicateursSynthese"] | components["schemas"]["IndicateursSyntheseRegion"];
        };
        /** LotBilan */
        IndicateursLotBilan: {
            /** Dispositif */
            dispositif: string | null;
            /** Intitule */
            intitule: string | null;
            /** Lot Id */
            lot_id: string;
            /** Numero */
            numero: string | null;
            /** Organisme */
            organisme: string | null;
            /** Secteur */
            secteur: string | null;
        };
        /** Reconstruction */
        IndicateursReconstruction: {
            /**
             * Statut
             * @constant
             */
            statut: "lancee";
        };
        /** Reponse */
        IndicateursReponse: {
            /**
             * As Of
             * @description Présent quand la question porte sur une date passée.
             */
            as_of?: string | null;
            /** Code */
            code: string;
            /**
             * Donnees Au
             * @description Horodatage du dernier événement pris en compte.
             */
            donnees_au: string | null;
            /** Periode */
            periode: string;
            /** Valeurs */
            valeurs: components["schemas"]["IndicateursLigne"][];
        };
        /** Synthese */
        IndicateursSynthese: {
            /** Denominateur */
            denominateur: number | null;
            /** Numerateur */
            numerateur: number | null;
            /** Secret */
            secret: boolean;
            /** Valeur */
            valeur: number | null;
        };
        /**
         * SyntheseRegion
         * @description For counts: the Région's total and mean per lot (instead of a rate).
         */
        IndicateursSyntheseRegion: {
            /** Moyenne Par Lot */
            moyenne_par_lot: number | null;
            /** Total */
            total: number | null;
        };
        /** JwksUpdate */
        JwksUpdate: {
            /** Jwks */
            jwks: {
                [key: string]: unknown;
            };
        };
        /** AcquittementIn */
        ParcoursAcquittementIn: {
            /** Commentaire */
            commentaire: string;
        };
        /** AlerteOut */
        ParcoursAlerteOut: {
            /** Commentaire */
            commentaire: string | null;
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Detail */
            detail: string;
            /** Id */
            id: string;
            /**
             * Levee Le
             * Format: date-time
             */
            levee_le: string;
            /** Organisme Siret */
            organisme_siret: string;
            /** Parcours Id */
            parcours_id: string;
            /** Regle */
            regle: string;
            /** Session Id */
            session_id: string;
            /** Statut */
            statut: string;
            /** Traitee Le */
            traitee_le: string | null;
            /** Traitee Par */
            traitee_par: string | null;
            /** Valideur Org Id */
            valideur_org_id: string;
        };
        /** AnnulationIn */
        ParcoursAnnulationIn: {
            /**
             * Date
             * @description Date effective (AAAA-MM-JJ), par défaut aujourd'hui : pour une déclaration tardive, la date où la annulation a réellement eu lieu. Ni future, ni antérieure à la date de candidature.
             */
            date?: string | null;
            /** Message */
            message?: string | null;
        };
        /** AuditOut */
        ParcoursAuditOut: {
            /** Acteur */
            acteur: string;
            /** Acteur Org */
            acteur_org: string;
            /** Acteur Role */
            acteur_role: string;
            /** Action */
            action: string;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Detail */
            detail: {
                [key: string]: unknown;
            };
            /** Id */
            id: string;
            /** Objet */
            objet: string;
            /** Objet Id */
            objet_id: string;
            /** Stagiaire Id */
            stagiaire_id: string | null;
        };
        /** BulkOut */
        ParcoursBulkOut: {
            /** Appliquees */
            appliquees: number;
            /** Erreurs */
            erreurs: components["schemas"]["ParcoursErreurItem"][];
        };
        /** CandidatureIn */
        ParcoursCandidatureIn: {
            /** Date Candidature */
            date_candidature?: string | null;
            /** Message */
            message?: string | null;
            /**
             * Projet Valide
             * @default true
             */
            projet_valide: boolean;
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            stagiaire: components["schemas"]["ParcoursStagiaireIn"];
        };
        /** CandidatureOut */
        ParcoursCandidatureOut: {
            /**
             * Date Candidature
             * Format: date
             */
            date_candidature: string;
            /** Date Decision */
            date_decision: string | null;
            /**
             * Enregistree Le
             * Format: date-time
             */
            enregistree_le: string;
            /**
             * Historique
             * @default []
             */
            historique: {
                [key: string]: unknown;
            }[];
            /** Id */
            id: string;
            /** Message */
            message: string | null;
            /** Message Refus */
            message_refus: string | null;
            /** Motif Refus */
            motif_refus: string | null;
            /** Organisme Siret */
            organisme_siret: string;
            /** Origine Id */
            origine_id: string | null;
            /** Parcours Id */
            parcours_id?: string | null;
            /** Projet Valide */
            projet_valide: boolean;
            /** Session Id */
            session_id: string;
            stagiaire?: components["schemas"]["ParcoursStagiaireOut"] | null;
            /** Statut */
            statut: string;
            /** Suite Id */
            suite_id?: string | null;
            /** Valideur Org Id */
            valideur_org_id: string;
        };
        /** DecisionIn */
        ParcoursDecisionIn: {
            /**
             * Date
             * @description Date effective (AAAA-MM-JJ), par défaut aujourd'hui : pour une déclaration tardive, la date où la décision a réellement eu lieu. Ni future, ni antérieure à la date de candidature. L'entrée en formation ne peut pas précéder la décision : datez une décision prise plus tôt.
             */
            date?: string | null;
            /**
             * Decision
             * @enum {string}
             */
            decision: "ACCEPTEE" | "REFUSEE";
            /** Message */
            message?: string | null;
            /** Motif */
            motif?: ("PREREQUIS" | "PROJET_NON_VALIDE" | "COMPLET" | "ABSENT_POSITIONNEMENT" | "DESISTEMENT" | "AUTRE") | null;
        };
        /** EntreeIn */
        ParcoursEntreeIn: {
            /** Blocs */
            blocs?: string[];
            /**
             * Date Entree
             * Format: date
             */
            date_entree: string;
            /** Heures Hebdomadaires */
            heures_hebdomadaires?: number | null;
            /** Heures Prevues */
            heures_prevues: number;
            /** Modules */
            modules?: (components["schemas"]["ParcoursModuleIn"] | string)[];
            /**
             * Objectif
             * @default CERTIFICATION
             * @enum {string}
             */
            objectif: "CERTIFICATION" | "BLOCS";
            /**
             * Prerequis Acquis
             * @default true
             */
            prerequis_acquis: boolean;
            /**
             * Temps Partiel
             * @default false
             */
            temps_partiel: boolean;
        };
        /** ErreurItem */
        ParcoursErreurItem: {
            /** Index */
            index: number;
            /** Message */
            message: string;
            /** Pointer */
            pointer: string;
        };
        /** EtapeIn */
        ParcoursEtapeIn: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Motif */
            motif?: string | null;
        };
        /** FeedEvent */
        ParcoursFeedEvent: {
            /** Aggregate Id */
            aggregate_id: string;
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** Id */
            id: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Seq */
            seq: number;
            /** Type */
            type: string;
        };
        /** FeedPage */
        ParcoursFeedPage: {
            /** Has More */
            has_more: boolean;
            /** Items */
            items: components["schemas"]["ParcoursFeedEvent"][];
            /** Next After */
            next_after: number;
        };
        /** HTTPValidationError */
        ParcoursHTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ParcoursValidationError"][];
        };
        /** ImportOut */
        ParcoursImportOut: {
            /** Appliquees */
            appliquees: number;
        };
        /** ModuleIn */
        ParcoursModuleIn: {
            /** Heures */
            heures?: number | null;
            /**
             * Id
             * @description Identifiant ou code de type du module validé
             */
            id: string;
        };
        /** Page[AlerteOut] */
        ParcoursPage_AlerteOut_: {
            /** Items */
            items: components["schemas"]["ParcoursAlerteOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[AuditOut] */
        ParcoursPage_AuditOut_: {
            /** Items */
            items: components["schemas"]["ParcoursAuditOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[CandidatureOut] */
        ParcoursPage_CandidatureOut_: {
            /** Items */
            items: components["schemas"]["ParcoursCandidatureOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** Page[ParcoursOut] */
        ParcoursPage_ParcoursOut_: {
            /** Items */
            items: components["schemas"]["ParcoursParcoursOut"][];
            /** Limit */
            limit: number;
            /** Page */
            page: number;
            /** Total */
            total: number;
        };
        /** ParcoursOut */
        ParcoursParcoursOut: {
            /** Blocs */
            blocs: string[];
            /** Candidature Id */
            candidature_id: string;
            /**
             * Date Entree
             * Format: date
             */
            date_entree: string;
            /**
             * Enregistre Le
             * Format: date-time
             */
            enregistre_le: string;
            /** Heures Absence Injustifiee */
            heures_absence_injustifiee: number;
            /** Heures Absence Justifiee */
            heures_absence_justifiee: number;
            /** Heures Hebdomadaires */
            heures_hebdomadaires: number | null;
            /** Heures Prevues */
            heures_prevues: number;
            /** Heures Realisees */
            heures_realisees: number;
            /**
             * Historique
             * @default []
             */
            historique: {
                [key: string]: unknown;
            }[];
            /** Id */
            id: string;
            /** Modules */
            modules: {
                [key: string]: unknown;
            }[];
            /** Objectif */
            objectif: string;
            /** Organisme Siret */
            organisme_siret: string;
            /** Session Id */
            session_id: string;
            sortie: components["schemas"]["ParcoursSortieOut"] | null;
            /** Stagiaire Id */
            stagiaire_id: string;
            /** Statut */
            statut: string;
            /**
             * Suivis
             * @default []
             */
            suivis: components["schemas"]["ParcoursSuiviOut"][];
            /** Valideur Org Id */
            valideur_org_id: string;
        };
        /** PositionnementIn */
        ParcoursPositionnementIn: {
            /**
             * Date
             * @description Date effective (AAAA-MM-JJ), par défaut aujourd'hui : pour une déclaration tardive, la date où la mise en positionnement a réellement eu lieu. Ni future, ni antérieure à la date de candidature.
             */
            date?: string | null;
            /** Message */
            message?: string | null;
        };
        /** ReworkIn */
        ParcoursReworkIn: {
            /** Date Candidature */
            date_candidature?: string | null;
            /** Message */
            message?: string | null;
            /** Session Id */
            session_id?: string | null;
            stagiaire?: components["schemas"]["ParcoursStagiaireIn"] | null;
        };
        /** SortieIn */
        ParcoursSortieIn: {
            /** Certification */
            certification?: ("OBTENUE_TOTALE" | "OBTENUE_PARTIELLE" | "ECHEC" | "NON_PRESENTE" | "SANS_OBJET") | null;
            /** Commentaire */
            commentaire?: string | null;
            /** Contrat */
            contrat?: ("CDI" | "CDD" | "INTERIM" | "CREATION" | "ALTERNANCE" | "CONTRAT_AIDE") | null;
            /**
             * Date Sortie
             * Format: date
             */
            date_sortie: string;
            /** Motif */
            motif?: ("EMPLOI" | "FORMATION" | "SANTE" | "FAMILLE" | "FINANCIER" | "MOBILITE" | "INADAPTATION" | "EXCLUSION" | "DEMENAGEMENT" | "AUTRE") | null;
            /**
             * Type
             * @enum {string}
             */
            type: "TERME" | "ABANDON";
        };
        /** SortieOut */
        ParcoursSortieOut: {
            /** Certification */
            certification: string | null;
            /** Contrat */
            contrat: string | null;
            /**
             * Date Sortie
             * Format: date
             */
            date_sortie: string;
            /** Motif */
            motif: string | null;
            /** Type */
            type: string;
        };
        /** StagiaireIn */
        ParcoursStagiaireIn: {
            /**
             * Clea
             * @default false
             */
            clea: boolean;
            /** Commune Insee */
            commune_insee: string;
            /** Date Inscription De */
            date_inscription_de?: string | null;
            /**
             * Date Naissance
             * Format: date
             */
            date_naissance: string;
            /** Identifiant Ft */
            identifiant_ft: string;
            /**
             * Nir
             * @description Jamais conservé en clair (empreinte seulement).
             */
            nir?: string | null;
            /** Niveau */
            niveau: string;
            /** Nom */
            nom: string;
            /** Prenom */
            prenom: string;
            /**
             * Rqth
             * @default false
             */
            rqth: boolean;
            /**
             * Rsa
             * @default false
             */
            rsa: boolean;
            /**
             * Sexe
             * @enum {string}
             */
            sexe: "F" | "M";
        };
        /** StagiaireOut */
        ParcoursStagiaireOut: {
            /** Clea */
            clea: boolean;
            /** Commune Insee */
            commune_insee: string;
            /** Date Inscription De */
            date_inscription_de: string | null;
            /**
             * Date Naissance
             * Format: date
             */
            date_naissance: string;
            /** Id */
            id: string;
            /** Identifiant Ft */
            identifiant_ft: string;
            /** Niveau */
            niveau: string;
            /** Nom */
            nom: string;
            /** Prenom */
            prenom: string;
            /** Qpv */
            qpv: boolean;
            /** Rqth */
            rqth: boolean;
            /** Rsa */
            rsa: boolean;
            /** Sexe */
            sexe: string;
            /** Zrr */
            zrr: boolean;
        };
        /** SuiviIn */
        ParcoursSuiviIn: {
            /** Contrat */
            contrat?: ("CDI" | "CDD" | "INTERIM" | "CREATION" | "ALTERNANCE" | "CONTRAT_AIDE") | null;
            /**
             * Date
             * Format: date
             */
            date: string;
            /**
             * Duree Contrat Mois
             * @description Durée du contrat en mois, décimale possible (0.5 = deux semaines)
             */
            duree_contrat_mois?: number | null;
            /**
             * Duree Emploi Mois
             * @description Mois travaillés dans l'horizon du suivi, décimale possible (0.5)
             */
            duree_emploi_mois?: number | null;
            /** En Lien Formation */
            en_lien_formation?: boolean | null;
            /**
             * Horizon Mois
             * @enum {integer}
             */
            horizon_mois: 3 | 6 | 12;
            /**
             * Situation
             * @enum {string}
             */
            situation: "EMPLOI" | "FORMATION" | "RECHERCHE" | "INACTIF" | "INCONNU";
            /**
             * Source
             * @enum {string}
             */
            source: "OF" | "VALIDEUR" | "ENQUETE";
        };
        /** SuiviOut */
        ParcoursSuiviOut: {
            /** Contrat */
            contrat: string | null;
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Duree Contrat Mois */
            duree_contrat_mois: number | null;
            /** Duree Emploi Mois */
            duree_emploi_mois: number | null;
            /** En Lien Formation */
            en_lien_formation: boolean | null;
            /**
             * Enregistre Le
             * Format: date-time
             */
            enregistre_le: string;
            /** Horizon Mois */
            horizon_mois: number;
            /** Situation */
            situation: string;
            /** Source */
            source: string;
        };
        /** ValidationError */
        ParcoursValidationError: {
            /** Context */
            ctx?: Record<string, never>;
            /** Input */
            input?: unknown;
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /** SecretRotation */
        SecretRotation: {
            /**
             * Confirmer
             * @description Obligatoire (true) pour renouveler le secret du client qui appelle lui-même
             * @default false
             */
            confirmer: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    jwks__well_known_jwks_json_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    oauth_metadata__well_known_oauth_authorization_server_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    openid_configuration__well_known_openid_configuration_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    list_keys_api_admin_cles_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    rotate_keys_api_admin_cles_rotation_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    list_clients_api_admin_clients_get: {
        parameters: {
            query?: {
                actif?: boolean | null;
                limit?: number;
                page?: number;
                role?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    create_client_api_admin_clients_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client déjà existant (`client_existant`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_existant";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    get_client_api_admin_clients__client_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client introuvable (`client_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    disable_client_api_admin_clients__client_id__desactivation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client introuvable (`client_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client de PRF, non géré ici (`client_protege`) ; Dernier administrateur actif (`dernier_administrateur`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_protege" | "dernier_administrateur";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    replace_jwks_api_admin_clients__client_id__jwks_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JwksUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client introuvable (`client_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client de PRF, non géré ici (`client_protege`) ; Client sans clé (`sans_cle`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_protege" | "sans_cle";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    enable_client_api_admin_clients__client_id__reactivation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client introuvable (`client_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client de PRF, non géré ici (`client_protege`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_protege";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    rotate_secret_api_admin_clients__client_id__secret_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SecretRotation"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client introuvable (`client_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Client de PRF, non géré ici (`client_protege`) ; Client sans secret (`sans_secret`) ; Confirmation requise (`confirmation_requise`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "client_protege" | "sans_secret" | "confirmation_requise";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    list_accounts_api_admin_comptes_get: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    create_account_api_admin_comptes_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Compte déjà existant (`compte_existant`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "compte_existant";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    disable_account_api_admin_comptes__account_id__desactivation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Compte introuvable (`compte_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "compte_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Dernier administrateur actif (`dernier_administrateur`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "dernier_administrateur";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    enable_account_api_admin_comptes__account_id__reactivation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Compte introuvable (`compte_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "compte_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_list_actions_v1_actions_get: {
        parameters: {
            query?: {
                departement?: string | null;
                formation_id?: string | null;
                /** @description Éléments par page (max 100) */
                limit?: number;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                territoire?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CataloguePage_ActionOut_"];
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_create_action_v1_actions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueActionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueActionOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_get_action_v1_actions__action_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueActionOut"];
                };
            };
            /** @description Action introuvable (`action_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "action_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_patch_action_v1_actions__action_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueActionPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueActionOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Action introuvable (`action_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "action_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_events_v1_events_get: {
        parameters: {
            query?: {
                /** @description Dernier numéro de séquence déjà lu */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueFeedPage"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_export_lheo_v1_exports_lheo_get: {
        parameters: {
            query?: {
                dispositif?: string | null;
                inclure_terminees?: boolean;
                lot?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "application/xml": unknown;
                };
            };
            /** @description Aucune session à exporter (`export_vide`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "export_vide";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_list_formations_v1_formations_get: {
        parameters: {
            query?: {
                dispositif?: string | null;
                /** @description Éléments par page (max 100) */
                limit?: number;
                lot_id?: string | null;
                /** @description SIRET */
                organisme?: string | null;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                rome?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CataloguePage_FormationOut_"];
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_create_formation_v1_formations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueFormationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueFormationOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_get_formation_v1_formations__formation_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueFormationOut"];
                };
            };
            /** @description Formation introuvable (`formation_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "formation_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_patch_formation_v1_formations__formation_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueFormationPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueFormationOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Formation introuvable (`formation_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "formation_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_import_lheo_v1_imports_lheo_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Fichier LHÉO trop volumineux (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "payload_too_large";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Type de contenu non pris en charge (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unsupported_media_type";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Document LHÉO invalide (`lheo_invalide`) ; XML mal formé (`xml_invalide`) ; Aucun enregistrement importé (`lheo_rejete`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "lheo_invalide" | "xml_invalide" | "lheo_rejete";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_list_lots_v1_lots_get: {
        parameters: {
            query?: {
                departement?: string | null;
                dispositif?: string | null;
                /** @description Éléments par page (max 100) */
                limit?: number;
                marche_id?: string | null;
                /** @description id ou SIRET */
                organisme?: string | null;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                secteur?: string | null;
                territoire?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CataloguePage_LotOut_"];
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_create_lot_v1_lots_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueLotIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueLotOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Lot déjà créé (`lot_existant`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "lot_existant";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_get_lot_v1_lots__lot_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueLotOut"];
                };
            };
            /** @description Lot introuvable (`lot_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "lot_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_patch_lot_v1_lots__lot_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lot_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueLotPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueLotOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Lot introuvable (`lot_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "lot_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Lot déjà créé (`lot_existant`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "lot_existant";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_list_marches_v1_marches_get: {
        parameters: {
            query?: {
                dispositif?: string | null;
                /** @description Éléments par page (max 100) */
                limit?: number;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CataloguePage_MarcheOut_"];
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_create_marche_v1_marches_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueMarcheIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueMarcheOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Marché déjà créé (`marche_existant`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "marche_existant";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_get_marche_v1_marches__marche_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                marche_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueMarcheOut"];
                };
            };
            /** @description Marché introuvable (`marche_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "marche_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_patch_marche_v1_marches__marche_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                marche_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueMarchePatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueMarcheOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Marché introuvable (`marche_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "marche_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_list_modules_v1_modules_get: {
        parameters: {
            query?: {
                action_id?: string | null;
                /** @description Éléments par page (max 100) */
                limit?: number;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                statut?: string | null;
                type?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CataloguePage_ModuleOut_"];
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_propose_v1_modules_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueModuleIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueModuleOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_get_module_v1_modules__module_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueModuleOut"];
                };
            };
            /** @description Module introuvable (`module_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "module_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_decide_v1_modules__module_id__decision_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueDecisionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueModuleOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Module introuvable (`module_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "module_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Module déjà traité (`module_deja_traite`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "module_deja_traite";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_withdraw_v1_modules__module_id__retrait_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatalogueRetraitIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueModuleOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Module introuvable (`module_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "module_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Module déjà traité (`module_deja_traite`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "module_deja_traite";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_list_organismes_v1_organismes_get: {
        parameters: {
            query?: {
                /** @description Éléments par page (max 100) */
                limit?: number;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                q?: string | null;
                siret?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CataloguePage_OrganismeOut_"];
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_create_organisme_v1_organismes_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueOrganismeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueOrganismeOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Organisme déjà déclaré (`organisme_existant`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "organisme_existant";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_get_organisme_v1_organismes__ref__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueOrganismeOut"];
                };
            };
            /** @description Organisme introuvable (`organisme_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "organisme_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_patch_organisme_v1_organismes__ref__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueOrganismePatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueOrganismeOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Organisme introuvable (`organisme_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "organisme_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_list_referentiel_v1_referentiels__kind__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Nature du référentiel */
                kind: "departements" | "territoires" | "secteurs" | "programmes" | "dispositifs" | "niveaux" | "motifs-rupture" | "motifs-refus" | "types-modules" | "reseaux-valideurs";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_hold_v1_reservations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueReservationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueReservationOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Session introuvable (`session_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "session_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Session complète (`session_complete`) ; Session fermée au recrutement (`session_fermee`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "session_complete" | "session_fermee";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_read_v1_reservations__candidature_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueReservationOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Réservation introuvable (`reservation_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "reservation_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_accept_v1_reservations__candidature_id__acceptation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueReservationOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Réservation introuvable (`reservation_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "reservation_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Réservation inactive (`reservation_inactive`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "reservation_inactive";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_confirm_v1_reservations__candidature_id__confirmation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueReservationOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Réservation introuvable (`reservation_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "reservation_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Réservation inactive (`reservation_inactive`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "reservation_inactive";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_release_v1_reservations__candidature_id__liberation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatalogueLiberationIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueReservationOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Réservation introuvable (`reservation_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "reservation_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_search_sessions_v1_sessions_get: {
        parameters: {
            query?: {
                debut_max?: string | null;
                debut_min?: string | null;
                departement?: string | null;
                dispositif?: string | null;
                etat_recrutement?: ("OUVERT" | "SUSPENDU" | "FERME") | null;
                /** @description FORMACODE, 5 chiffres */
                formacode?: string | null;
                inclure_terminees?: boolean;
                lat?: number | null;
                /** @description Éléments par page (max 100) */
                limit?: number;
                lon?: number | null;
                lot?: string | null;
                /** @description id ou SIRET de l'organisme */
                organisme?: string | null;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                places_disponibles_min?: number | null;
                /** @description Mots (casse et accents ignorés) */
                q?: string | null;
                rayon_km?: number | null;
                /** @description Code ROME, ex. F1604 */
                rome?: string | null;
                secteur?: string | null;
                territoire?: string | null;
                /** @description debut (défaut) ou distance */
                tri?: "debut" | "distance";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CataloguePage_SessionOut_"];
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_create_session_v1_sessions_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueSessionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueSessionOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_get_session_v1_sessions__session_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueSessionOut"];
                };
            };
            /** @description Session introuvable (`session_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "session_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    catalog_patch_session_v1_sessions__session_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueSessionPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueSessionOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Session introuvable (`session_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "session_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Places déjà prises (`places_insuffisantes`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "places_insuffisantes";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_list_subscriptions_v1_abonnements_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesAbonnementOut"][];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_subscribe_v1_abonnements_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["\u00C9changesAbonnementIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesAbonnementCree"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Adresse de réception refusée (`url_refusee`) ; Type d'événement inconnu (`evenement_inconnu`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "url_refusee" | "evenement_inconnu";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_unsubscribe_v1_abonnements__abonnement_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                abonnement_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Abonnement introuvable (`abonnement_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "abonnement_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_deliveries_v1_abonnements__abonnement_id__livraisons_get: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                abonnement_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesLivraisonOut"][];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Abonnement introuvable (`abonnement_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "abonnement_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_rotate_v1_abonnements__abonnement_id__rotation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                abonnement_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesAbonnementCree"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Abonnement introuvable (`abonnement_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "abonnement_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_exclusions_v1_agora_exclusions_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesExclusion"][];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_put_exclusion_v1_agora_exclusions__code__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["\u00C9changesExclusion"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesExclusion"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_delete_exclusion_v1_agora_exclusions__code__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_list_exports_v1_agora_exports_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesExportOut"][];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_create_export_v1_agora_exports_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["\u00C9changesExportIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesExportOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_get_export_v1_agora_exports__export_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                export_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesExportDetail"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Export AGORA introuvable (`export_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "export_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_download_v1_agora_exports__export_id__fichier_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                export_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": unknown;
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Export AGORA introuvable (`export_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "export_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_load_retour_v1_agora_exports__export_id__retour_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                export_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesExportDetail"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Export AGORA introuvable (`export_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "export_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Fichier retour illisible ou ne correspondant pas à cet export (`retour_invalide`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "retour_invalide";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    echanges_replay_v1_livraisons__livraison_id__rejouer_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                livraison_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["\u00C9changesLivraisonOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Livraison introuvable (`livraison_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "livraison_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    indicators_rebuild_v1_admin_reconstruction_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicateursReconstruction"];
                };
            };
            /** @description Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    indicators_feed_state_v1_etat_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicateursEtat"];
                };
            };
        };
    };
    indicators_list_definitions_v1_indicateurs_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicateursDefinitions"];
                };
            };
        };
    };
    indicators_get_indicator_v1_indicateurs__code__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Export tableur (`.csv`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicateursReponse"];
                    "text/csv": string;
                };
            };
            /** @description Indicateur inconnu (`indicateur_inconnu`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "indicateur_inconnu";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Période invalide (`periode_invalide`) ; Dimension inconnue (`dimension_inconnue`) ; Trop de dimensions (`trop_de_dimensions`) ; Paramètre inconnu (`parametre_inconnu`) ; Filtre invalide (`filtre_invalide`) ; Date as_of invalide (`as_of_invalide`) ; Dimension non applicable (`dimension_non_applicable`) ; Public inconnu (`public_inconnu`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "periode_invalide" | "dimension_inconnue" | "trop_de_dimensions" | "parametre_inconnu" | "filtre_invalide" | "as_of_invalide" | "dimension_non_applicable" | "public_inconnu";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    indicators_lot_bilan_v1_lots__lot_id__bilan_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicateursBilan"];
                };
            };
            /** @description Lot introuvable (`lot_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "lot_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Période invalide (`periode_invalide`) ; Dimension inconnue (`dimension_inconnue`) ; Trop de dimensions (`trop_de_dimensions`) ; Paramètre inconnu (`parametre_inconnu`) ; Filtre invalide (`filtre_invalide`) ; Date as_of invalide (`as_of_invalide`) ; Dimension non applicable (`dimension_non_applicable`) ; Public inconnu (`public_inconnu`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "periode_invalide" | "dimension_inconnue" | "trop_de_dimensions" | "parametre_inconnu" | "filtre_invalide" | "as_of_invalide" | "dimension_non_applicable" | "public_inconnu";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    me_api_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_list_alertes_v1_alertes_get: {
        parameters: {
            query?: {
                /** @description Éléments par page (max 100) */
                limit?: number;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                parcours_id?: string | null;
                statut?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursPage_AlerteOut_"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_acknowledge_v1_alertes__alerte_id__acquittement_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                alerte_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursAcquittementIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursAlerteOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Alerte introuvable (`alerte_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "alerte_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Alerte déjà traitée (`alerte_deja_traitee`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "alerte_deja_traitee";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_list_audit_v1_audit_get: {
        parameters: {
            query?: {
                acteur_org?: string | null;
                action?: string | null;
                depuis?: string | null;
                /** @description Éléments par page (max 100) */
                limit?: number;
                objet_id?: string | null;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                stagiaire_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursPage_AuditOut_"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_list_candidatures_v1_candidatures_get: {
        parameters: {
            query?: {
                /** @description Éléments par page (max 100) */
                limit?: number;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                session_id?: string | null;
                stagiaire_id?: string | null;
                statut?: string | null;
                /** @description Ordre : `a_traiter` (TRANSMISE et EN_POSITIONNEMENT d'abord, la plus ancienne date de candidature en tête), `date_candidature`, `-date_candidature`, `enregistree_le`, `-enregistree_le` (par défaut). */
                tri?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursPage_CandidatureOut_"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_create_candidature_v1_candidatures_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursCandidatureIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursCandidatureOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Session complète (`session_complete`) ; Session fermée au recrutement (`session_fermee`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "session_complete" | "session_fermee";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) ; Session inconnue du catalogue (`session_introuvable`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused" | "session_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Catalogue injoignable (`catalogue_indisponible`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "catalogue_indisponible";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_get_candidature_v1_candidatures__candidature_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursCandidatureOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Candidature introuvable (`candidature_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "candidature_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursHTTPValidationError"];
                };
            };
        };
    };
    parcours_cancel_v1_candidatures__candidature_id__annulation_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursAnnulationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursCandidatureOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) ; Hors de votre périmètre (`hors_perimetre`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope" | "hors_perimetre";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Candidature introuvable (`candidature_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "candidature_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Transition interdite (`transition_interdite`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "transition_interdite";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Catalogue injoignable (`catalogue_indisponible`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "catalogue_indisponible";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_decide_v1_candidatures__candidature_id__decision_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursDecisionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursCandidatureOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Candidature introuvable (`candidature_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "candidature_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Transition interdite (`transition_interdite`) ; Place réservée indisponible (`reservation_invalide`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "transition_interdite" | "reservation_invalide";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Catalogue injoignable (`catalogue_indisponible`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "catalogue_indisponible";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_enter_v1_candidatures__candidature_id__entree_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursEntreeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursParcoursOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Candidature introuvable (`candidature_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "candidature_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Transition interdite (`transition_interdite`) ; Entrée déjà déclarée (`deja_entree`) ; Place réservée indisponible (`reservation_invalide`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "transition_interdite" | "deja_entree" | "reservation_invalide";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) ; Session inconnue du catalogue (`session_introuvable`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused" | "session_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Catalogue injoignable (`catalogue_indisponible`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "catalogue_indisponible";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_position_v1_candidatures__candidature_id__positionnement_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursPositionnementIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursCandidatureOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Candidature introuvable (`candidature_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "candidature_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Transition interdite (`transition_interdite`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "transition_interdite";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_rework_candidature_v1_candidatures__candidature_id__retravail_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                candidature_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursReworkIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursCandidatureOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Candidature introuvable (`candidature_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "candidature_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Session complète (`session_complete`) ; Session fermée au recrutement (`session_fermee`) ; Transition interdite (`transition_interdite`) ; Candidature déjà retravaillée (`deja_retravaillee`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "session_complete" | "session_fermee" | "transition_interdite" | "deja_retravaillee";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) ; Session inconnue du catalogue (`session_introuvable`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused" | "session_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Catalogue injoignable (`catalogue_indisponible`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "catalogue_indisponible";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_demo_status_v1_demo_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    parcours_events_v1_events_get: {
        parameters: {
            query?: {
                /** @description Dernier numéro de séquence déjà lu */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursFeedPage"];
                };
            };
            /** @description Authentification requise (`unauthorized`) ; Authentification requise (`invalid_token`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized" | "invalid_token";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_event_schemas_v1_events_schemas_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    parcours_list_parcours_v1_parcours_get: {
        parameters: {
            query?: {
                /** @description Éléments par page (max 100) */
                limit?: number;
                organisme?: string | null;
                /** @description Numéro de page, de 1 à 1000000 */
                page?: number;
                session_id?: string | null;
                stagiaire_id?: string | null;
                statut?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursPage_ParcoursOut_"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_get_parcours_v1_parcours__parcours_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parcours_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursParcoursOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Parcours introuvable (`parcours_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "parcours_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursHTTPValidationError"];
                };
            };
        };
    };
    parcours_resume_v1_parcours__parcours_id__reprise_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                parcours_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursEtapeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursParcoursOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Parcours introuvable (`parcours_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "parcours_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Transition interdite (`transition_interdite`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "transition_interdite";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_leave_v1_parcours__parcours_id__sortie_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                parcours_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursSortieIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursParcoursOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Parcours introuvable (`parcours_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "parcours_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Transition interdite (`transition_interdite`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "transition_interdite";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Catalogue injoignable (`catalogue_indisponible`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "catalogue_indisponible";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_follow_up_v1_parcours__parcours_id__suivis_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                parcours_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursSuiviIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursSuiviOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Parcours introuvable (`parcours_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "parcours_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Transition interdite (`transition_interdite`) ; Horizon du suivi non atteint (`horizon_non_atteint`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "transition_interdite" | "horizon_non_atteint";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_suspend_v1_parcours__parcours_id__suspension_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                parcours_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcoursEtapeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursParcoursOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Parcours introuvable (`parcours_introuvable`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "parcours_introuvable";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Transition interdite (`transition_interdite`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "transition_interdite";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_post_presences_v1_presences_post: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    presences?: {
                        /**
                         * Date
                         * Format: date
                         */
                        date: string;
                        /**
                         * Heures Absence
                         * @default 0
                         */
                        heures_absence?: number;
                        /** Heures Presence */
                        heures_presence: number;
                        /** Motif Absence */
                        motif_absence?: ("JUSTIFIEE" | "INJUSTIFIEE") | null;
                        /**
                         * Parcours Id
                         * Format: uuid
                         */
                        parcours_id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursBulkOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Requête trop volumineuse (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "payload_too_large";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Clé Idempotency-Key déjà utilisée (`idempotency_key_reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "idempotency_key_reused";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    parcours_import_presences_v1_presences_import_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcoursImportOut"];
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Accès refusé (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "insufficient_scope";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Type de contenu non pris en charge (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unsupported_media_type";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
            /** @description Données invalides (`validation_error`) ; Fichier de présences invalide (`import_invalide`) ; Encodage du fichier invalide (`encodage_invalide`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "validation_error" | "import_invalide" | "encodage_invalide";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    healthz_healthz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    authorize_page_oauth2_authorize_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    logout_oauth2_logout_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    revoke_oauth2_revoke_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    token_oauth2_token_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    client_assertion?: string;
                    client_assertion_type?: string;
                    client_id?: string;
                    client_secret?: string;
                    code?: string;
                    code_verifier?: string;
                    /** @enum {string} */
                    grant_type: "client_credentials" | "authorization_code" | "refresh_token";
                    redirect_uri?: string;
                    refresh_token?: string;
                    scope?: string;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    userinfo_oauth2_userinfo_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Authentification requise (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {unknown} */
                        code: "unauthorized";
                        detail: string;
                        errors?: {
                            message: string;
                            pointer: string;
                        }[];
                        request_id?: string | null;
                        status: number;
                        title: string;
                        /** Format: uri */
                        type: string;
                    };
                };
            };
        };
    };
    readyz_readyz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
}
