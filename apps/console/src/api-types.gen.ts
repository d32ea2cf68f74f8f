/* Generated from the served OpenAPI document by openapi-typescript (npm run api-types). Do not edit. */
export interface paths {
    "/auth/dev-people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Development sign-in: everyone one may sign in as, with their posts (exists only when AUTH_MODE=dev)
         * @description Development sign-in: everyone one may sign in as, with their posts (exists only when AUTH_MODE=dev). Who may: anyone, and only when AUTH_MODE=dev (the routes do not exist otherwise).
         */
        get: operations["DevAuthController_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/dev-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Development sign-in: a token for any person (exists only when AUTH_MODE=dev)
         * @description Development sign-in: a token for any person (exists only when AUTH_MODE=dev). Who may: anyone, and only when AUTH_MODE=dev (the routes do not exist otherwise).
         */
        post: operations["DevAuthController_devToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person: name, unit, the posts they hold now and the units they may see
         * @description The signed-in person: name, unit, the posts they hold now and the units they may see. Who may: anyone signed in: their own posts and visible units.
         */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/acting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person’s acting appointments: those for them while away, and those in which they act for someone
         * @description A person’s acting appointments: those for them while away, and those in which they act for someone. Who may: the person, and anyone who may see their unit.
         */
        get: operations["ActingController_list"];
        put?: never;
        /**
         * Name who acts for a person away (职务代理), for a period: the person, or a principal of their unit or above
         * @description Name who acts for a person away (职务代理), for a period: the person, or a principal of their unit or above. Who may: the person, or a principal of their unit or of a unit above; the acting person is of the same unit (职务代理).
         */
        post: operations["ActingController_name"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/acting/{appointmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an acting appointment early (the person is back): the person, who named it, or a principal of their unit or above
         * @description End an acting appointment early (the person is back): the person, who named it, or a principal of their unit or above. Who may: the person, who named the acting person, or a principal of their unit or of a unit above.
         */
        post: operations["ActingController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people holding a post in the unit now, with their names and posts
         * @description The people holding a post in the unit now, with their names and posts. Who may: anyone who may see the unit (who holds which post now, by name).
         */
        get: operations["UnitPeopleController_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List hazards, newest first (cursor paginated)
         * @description List hazards, newest first (cursor paginated). Who may: anyone: only hazards of their units and the units below.
         */
        get: operations["HazardsController_list"];
        put?: never;
        /**
         * Report a hazard (上报); starts its workflow. As multipart/form-data, the report (JSON) in the field `report` and photos under `files`, checked before anything is stored
         * @description Report a hazard (上报); starts its workflow. As multipart/form-data, the report (JSON) in the field `report` and photos under `files`, checked before anything is stored. Who may: anyone in the unit, or in a unit above it (督查).
         */
        post: operations["HazardsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open, overdue and closed hazards per unit and severity, over the units you may see
         * @description Open, overdue and closed hazards per unit and severity, over the units you may see. Who may: anyone: counts over their units and the units below only.
         */
        get: operations["HazardsController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A hazard: read model, requests, event log, live workflow state, the names it mentions, and what you may do now
         * @description A hazard: read model, requests, event log, live workflow state, the names it mentions, and what you may do now. Who may: anyone in the unit, or in a unit above it.
         */
        get: operations["HazardsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hazard’s append-only, hash-chained event log
         * @description The hazard’s append-only, hash-chained event log. Who may: anyone in the unit, or in a unit above it.
         */
        get: operations["HazardsController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/timeline/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the hash chain; reports the first broken link, if any
         * @description Recompute the hash chain; reports the first broken link, if any. Who may: anyone in the unit, or in a unit above it.
         */
        get: operations["HazardsController_verifyTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The holder acknowledges the hazard
         * @description The holder acknowledges the hazard. Who may: the current holder.
         */
        post: operations["HazardsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/submit-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The holder submits the rectification plan (major hazards: the five in place, 五落实)
         * @description The holder submits the rectification plan (major hazards: the five in place, 五落实). Who may: the current holder or a co-owner.
         */
        post: operations["HazardsController_submitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The holder asks the next leader up for a later deadline
         * @description The holder asks the next leader up for a later deadline. Who may: the current holder or a co-owner.
         */
        post: operations["HazardsController_requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/request-escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The holder asks the next leader up for help they cannot give themselves
         * @description The holder asks the next leader up for help they cannot give themselves. Who may: the current holder or a co-owner.
         */
        post: operations["HazardsController_requestEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The leader on the next rung approves or rejects a pending request
         * @description The leader on the next rung approves or rejects a pending request. Who may: the leader on the next rung whom the request waits for.
         */
        post: operations["HazardsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/submit-rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The holder reports the rectification with evidence
         * @description The holder reports the rectification with evidence. Who may: the current holder or a co-owner.
         */
        post: operations["HazardsController_submitRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A verifier other than the rectifier passes or fails the rectification (验收)
         * @description A verifier other than the rectifier passes or fails the rectification (验收). Who may: a designated verifier — the unit's safety officer (general), the superior unit's principal or safety officer (major) — and never the rectifier.
         */
        post: operations["HazardsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/policy-migration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A supervisor moves the hazard to a newer escalation policy version
         * @description A supervisor moves the hazard to a newer escalation policy version. Who may: the unit's principal or the superior unit's principal.
         */
        post: operations["HazardsController_migratePolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The superior unit lists the hazard for supervision (挂牌督办); also brings under supervision a hazard that lapsed at the top before supervision existed
         * @description The superior unit lists the hazard for supervision (挂牌督办); also brings under supervision a hazard that lapsed at the top before supervision existed. Who may: the principal or the safety officer of the unit above the hazard's unit (挂牌督办).
         */
        post: operations["SupervisionController_list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/supervision/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The supervising unit sets the terms: deadline, supervising person, progress reports
         * @description The supervising unit sets the terms: deadline, supervising person, progress reports. Who may: the principal or the safety officer of the supervising unit (the unit of the chain's top rung).
         */
        post: operations["SupervisionController_terms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/supervision/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The holder reports progress to the supervising person
         * @description The holder reports progress to the supervising person. Who may: the current holder or a co-owner, once the supervision terms are set.
         */
        post: operations["SupervisionController_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A hazard’s evidence files, in the order they were added
         * @description A hazard’s evidence files, in the order they were added.
         */
        get: operations["AttachmentsController_list"];
        put?: never;
        /**
         * Add evidence files (photos, scans) to a hazard; each is recorded, with its SHA-256, in the hazard’s log
         * @description Add evidence files (photos, scans) to a hazard; each is recorded, with its SHA-256, in the hazard’s log. Who may: whoever reported or found the hazard, and everyone it involves (its chain, co-owners, verifiers, supervisors); not once it is closed.
         */
        post: operations["AttachmentsController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file itself, with its type; shown in place, or saved with ?download=1
         * @description The file itself, with its type; shown in place, or saved with ?download=1.
         */
        get: operations["AttachmentsController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hazards/{id}/attachments/{attachmentId}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A photo’s thumbnail (JPEG, at most 320×320)
         * @description A photo’s thumbnail (JPEG, at most 320×320).
         */
        get: operations["AttachmentsController_thumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My work: every hazard step waiting for me (or for those I act for): what, by when, for whom; overdue first
         * @description My work: every hazard step waiting for me (or for those I act for): what, by when, for whom; overdue first. Who may: anyone: the steps waiting for them, or for those they act for.
         */
        get: operations["WorkController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Policy names with their newest version
         * @description Policy names with their newest version. Who may: anyone signed in.
         */
        get: operations["PoliciesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policies/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An escalation policy: the newest version, or ?version=
         * @description An escalation policy: the newest version, or ?version=. Who may: anyone signed in.
         */
        get: operations["PoliciesController_get"];
        /**
         * Store a new version of a policy; running hazards keep the version they pinned
         * @description Store a new version of a policy; running hazards keep the version they pinned. Who may: the principal of a top-level unit.
         */
        put: operations["PoliciesController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policies/{name}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a policy
         * @description Every version of a policy.
         */
        get: operations["PoliciesController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A leader's inbox: requests waiting for their decision, and for the decision of those they act for now (职务代理), soonest deadline first (cursor paginated)
         * @description A leader's inbox: requests waiting for their decision, and for the decision of those they act for now (职务代理), soonest deadline first (cursor paginated). Who may: anyone signed in: only the requests waiting for them, and those waiting for whom they act for now.
         */
        get: operations["ApprovalsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accountability-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accountability reviews (责任倒查) of your units and below, and those that concern you
         * @description Accountability reviews (责任倒查) of your units and below, and those that concern you. Who may: anyone: reviews of their units and the units below, and reviews that concern them or wait for their decision.
         */
        get: operations["AccountabilityController_list"];
        put?: never;
        /**
         * Open the review of a hazard or an incident by hand, with a reason (a principal of a unit above it)
         * @description Open the review of a hazard or an incident by hand, with a reason (a principal of a unit above it). Who may: the principal of a unit above the hazard's or the incident's unit, with a reason (a hazard whose top rung lapses is also reviewed by its workflow).
         */
        post: operations["AccountabilityController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accountability-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review: timeline, findings, proposals, statements, sanctions and its event log
         * @description A review: timeline, findings, proposals, statements, sanctions and its event log. Who may: anyone: reviews of their units and the units below, and reviews that concern them or wait for their decision.
         */
        get: operations["AccountabilityController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accountability-reviews/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reviewing authority accepts, changes or dismisses a proposal, with a reason
         * @description The reviewing authority accepts, changes or dismisses a proposal, with a reason. Who may: the reviewing authority the review waits for (the nearest superior principal not concerned; after a lapse, the next one up; when every principal up the tree is concerned, the top unit's discipline officer who carries the referral out of the hierarchy).
         */
        post: operations["AccountabilityController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accountability-reviews/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reviewing authority adds a finding with its evidence; a sanctionable one opens or aggravates the person’s proposal
         * @description The reviewing authority adds a finding with its evidence; a sanctionable one opens or aggravates the person’s proposal. Who may: the reviewing authority the review waits for, while proposals are open.
         */
        post: operations["AccountabilityController_addFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accountability-reviews/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sanctioned person appeals (申诉), once, within the window, to the authority above the one who decided
         * @description A sanctioned person appeals (申诉), once, within the window, to the authority above the one who decided. Who may: the person sanctioned, once, within the window for appeals, when there is an authority above the one who decided.
         */
        post: operations["AccountabilityController_appeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accountability-reviews/{id}/appeals/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The appellate authority rejects the appeal, changes the sanction or revokes it; final
         * @description The appellate authority rejects the appeal, changes the sanction or revokes it; final. Who may: the authority above the one who decided the sanction; the decision is final.
         */
        post: operations["AccountabilityController_decideAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accountability-reviews/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A person with a proposed sanction states their case (陈述申辩) within the window
         * @description A person with a proposed sanction states their case (陈述申辩) within the window. Who may: a person with a proposed sanction in the review, once, within the statement window.
         */
        post: operations["AccountabilityController_statement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incidents of your units and below
         * @description Incidents of your units and below. Who may: anyone in the unit, or in a unit above it.
         */
        get: operations["IncidentsController_list"];
        put?: never;
        /**
         * Report an incident; its report is tracked up the chain and late reports (迟报) flagged
         * @description Report an incident; its report is tracked up the chain and late reports (迟报) flagged. Who may: anyone in the unit, or in a unit above it.
         */
        post: operations["IncidentsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An incident: its levels, deadlines, lateness, events and reviews
         * @description An incident: its levels, deadlines, lateness, events and reviews. Who may: anyone in the unit, or in a unit above it.
         */
        get: operations["IncidentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The level holding the report forwards it to the next level up
         * @description The level holding the report forwards it to the next level up. Who may: the principal, a deputy or the safety officer of the level that holds the report.
         */
        post: operations["IncidentsController_forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Campaigns run by your units (or above them) or covering one of your units, newest first
         * @description Campaigns run by your units (or above them) or covering one of your units, newest first. Who may: anyone who may see the issuing unit or a unit in scope.
         */
        get: operations["CampaignsController_list"];
        put?: never;
        /**
         * Start a supervision campaign (专项督查) over units below the issuing unit
         * @description Start a supervision campaign (专项督查) over units below the issuing unit. Who may: the principal, a deputy or the safety officer of the issuing unit; only units below it are in scope.
         */
        post: operations["CampaignsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign: checklist, units and their submissions, hazards opened
         * @description A campaign: checklist, units and their submissions, hazards opened. Who may: anyone who may see the issuing unit or a unit in scope.
         */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report compiled at the deadline, as JSON or (format=csv) CSV
         * @description The report compiled at the deadline, as JSON or (format=csv) CSV. Who may: anyone who may see the issuing unit or a unit in scope.
         */
        get: operations["CampaignsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/units/{unitId}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A unit submits its self-inspection (自查), item by item; failed items open hazards once
         * @description A unit submits its self-inspection (自查), item by item; failed items open hazards once. Who may: the principal, a deputy, the safety officer or a department head of that unit.
         */
        post: operations["CampaignsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recurring duties of the units you may see
         * @description Recurring duties of the units you may see. Who may: anyone who may see the owning unit.
         */
        get: operations["SchedulesController_list"];
        put?: never;
        /**
         * Set up a recurring duty (月度自查, 备份核查, 责任书签订) as a Temporal Schedule
         * @description Set up a recurring duty (月度自查, 备份核查, 责任书签订) as a Temporal Schedule. Who may: the principal, a deputy or the safety officer of the owning unit; for a letter round, its principal alone.
         */
        post: operations["SchedulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recurring duty, with its next times due and its recent, open and skipped runs
         * @description A recurring duty, with its next times due and its recent, open and skipped runs. Who may: anyone who may see the owning unit.
         */
        get: operations["SchedulesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change when it falls due, its overlap policy, working-day rule or policy (from the next run)
         * @description Change when it falls due, its overlap policy, working-day rule or policy (from the next run). Who may: the principal, a deputy or the safety officer of the owning unit; for a letter round, its principal alone.
         */
        patch: operations["SchedulesController_change"];
        trace?: never;
    };
    "/schedules/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change to the schedule and every event of its runs, oldest first
         * @description Every change to the schedule and every event of its runs, oldest first. Who may: anyone who may see the owning unit.
         */
        get: operations["SchedulesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause: no run starts until resumed (runs already open go on)
         * @description Pause: no run starts until resumed (runs already open go on). Who may: the principal, a deputy or the safety officer of the owning unit; for a letter round, its principal alone.
         */
        post: operations["SchedulesController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused schedule
         * @description Resume a paused schedule. Who may: the principal, a deputy or the safety officer of the owning unit; for a letter round, its principal alone.
         */
        post: operations["SchedulesController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{id}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a run now (under the overlap policy: with skip, a run still open means none starts)
         * @description Start a run now (under the overlap policy: with skip, a run still open means none starts). Who may: the principal, a deputy or the safety officer of the owning unit; for a letter round, its principal alone.
         */
        post: operations["SchedulesController_trigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Warnings issued by your units (or above them) or covering one of your units; in force first
         * @description Warnings issued by your units (or above them) or covering one of your units; in force first. Who may: anyone who may see the issuing unit or a unit in scope.
         */
        get: operations["WarningsController_list"];
        put?: never;
        /**
         * Issue an early warning (预警) to units below the issuing unit, with the measures each must confirm
         * @description Issue an early warning (预警) to units below the issuing unit, with the measures each must confirm. Who may: the principal, a deputy or the safety officer of the issuing unit; only units below it are in scope.
         */
        post: operations["WarningsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warnings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A warning: its measures and each unit’s confirmation
         * @description A warning: its measures and each unit’s confirmation. Who may: anyone who may see the issuing unit or a unit in scope.
         */
        get: operations["WarningsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warnings/{id}/units/{unitId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A unit confirms the measures, each done or not (late after the deadline, and recorded so)
         * @description A unit confirms the measures, each done or not (late after the deadline, and recorded so). Who may: the principal, a deputy, the safety officer or a department head of that unit.
         */
        post: operations["WarningsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warnings/{id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift the warning: the summary per unit is compiled
         * @description Lift the warning: the summary per unit is compiled. Who may: the principal, a deputy or the safety officer of the issuing unit; only units below it are in scope.
         */
        post: operations["WarningsController_lift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unitId}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit’s shifts between two instants (default: the coming seven days)
         * @description The unit’s shifts between two instants (default: the coming seven days). Who may: anyone who may see the unit (today: every unit they may see).
         */
        get: operations["RosterController_list"];
        put?: never;
        /**
         * Publish duty shifts (值班/值宿) of a unit ahead, each with the person on duty and optionally the leader in charge (领导带班)
         * @description Publish duty shifts (值班/值宿) of a unit ahead, each with the person on duty and optionally the leader in charge (领导带班). Who may: the principal, a deputy or the safety officer of the unit; the person on duty holds a post in it, the leader in charge is its principal or a deputy.
         */
        post: operations["RosterController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duty/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Today’s duty (Beijing day) across every unit you may see
         * @description Today’s duty (Beijing day) across every unit you may see. Who may: anyone who may see the unit (today: every unit they may see).
         */
        get: operations["RosterController_today"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person on duty checks in (from 30 minutes before the start; late is recorded as late)
         * @description The person on duty checks in (from 30 minutes before the start; late is recorded as late). Who may: the person on duty for that shift.
         */
        post: operations["RosterController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person on duty files the handover log (交接班记录)
         * @description The person on duty files the handover log (交接班记录). Who may: the person on duty for that shift.
         */
        post: operations["RosterController_handover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{id}/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 换班: the person on duty asks another of the unit to take the shift (before it starts)
         * @description 换班: the person on duty asks another of the unit to take the shift (before it starts). Who may: the person on duty asks (before the shift starts), the person asked answers, the safety officer of the unit approves (换班).
         */
        post: operations["RosterController_requestSwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{id}/swap/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 换班: the person asked accepts (the safety officers are asked to approve) or declines
         * @description 换班: the person asked accepts (the safety officers are asked to approve) or declines. Who may: the person on duty asks (before the shift starts), the person asked answers, the safety officer of the unit approves (换班).
         */
        post: operations["RosterController_answerSwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{id}/swap/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 换班: the unit’s safety officer approves (the person on duty changes) or rejects an accepted swap
         * @description 换班: the unit’s safety officer approves (the person on duty changes) or rejects an accepted swap. Who may: the person on duty asks (before the shift starts), the person asked answers, the safety officer of the unit approves (换班).
         */
        post: operations["RosterController_decideSwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risk-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The default risk-assessment template shipped with Dutychain (areas, groups, indicators with content, method and basis); a province may replace it for its units
         * @description The default risk-assessment template shipped with Dutychain (areas, groups, indicators with content, method and basis); a province may replace it for its units. Who may: anyone who may see the unit (the default template: anyone signed in).
         */
        get: operations["RiskController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unitId}/risk-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The template the unit is assessed against: its province’s latest upload, or the default
         * @description The template the unit is assessed against: its province’s latest upload, or the default. Who may: anyone who may see the unit (the default template: anyone signed in).
         */
        get: operations["RiskController_unitTemplate"];
        /**
         * Upload a new version of a province’s risk-assessment template (its own indicators); its units’ assessments from now on use it, earlier ones keep theirs
         * @description Upload a new version of a province’s risk-assessment template (its own indicators); its units’ assessments from now on use it, earlier ones keep theirs. Who may: the principal of a top-level unit (province), for its own units.
         */
        put: operations["RiskController_upload"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unitId}/risk-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit’s risk level and its assessments, newest first, with the hazards they opened
         * @description The unit’s risk level and its assessments, newest first, with the hazards they opened. Who may: anyone who may see the unit (the default template: anyone signed in).
         */
        get: operations["RiskController_list"];
        put?: never;
        /**
         * Assess a unit’s risks (风险分级管控): each 高危 result opens a major hazard, each 危险 a general one; the unit’s level follows
         * @description Assess a unit’s risks (风险分级管控): each 高危 result opens a major hazard, each 危险 a general one; the unit’s level follows. Who may: the principal or the safety officer of the unit, or of a unit above it (督查).
         */
        post: operations["RiskController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unitId}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit’s plan register: each plan’s review status and this year’s drills against the policy’s count
         * @description The unit’s plan register: each plan’s review status and this year’s drills against the policy’s count. Who may: anyone who may see the unit.
         */
        get: operations["PlansController_list"];
        put?: never;
        /**
         * Register a contingency plan (应急预案) of the unit: its type, owner, version and review date
         * @description Register a contingency plan (应急预案) of the unit: its type, owner, version and review date. Who may: the principal, a deputy or the safety officer of the unit; the owner holds a post in it.
         */
        post: operations["PlansController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A contingency plan with its drills and the hazards their findings opened
         * @description A contingency plan with its drills and the hazards their findings opened. Who may: anyone who may see the unit.
         */
        get: operations["PlansController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise a plan (修订): a new version and the next review date; its reminders start again
         * @description Revise a plan (修订): a new version and the next review date; its reminders start again. Who may: the plan’s owner, or the principal, a deputy or the safety officer of its unit; a drill names a plan of that unit and participants holding posts in it.
         */
        post: operations["PlansController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unitId}/drills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a drill (演练) under one of the unit’s plans; not recorded in time after its date, it is a missed drill
         * @description Plan a drill (演练) under one of the unit’s plans; not recorded in time after its date, it is a missed drill. Who may: the plan’s owner, or the principal, a deputy or the safety officer of its unit; a drill names a plan of that unit and participants holding posts in it.
         */
        post: operations["PlansController_planDrill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unitId}/drill-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a drill held: date, participants, scenario and findings; each finding may open a hazard
         * @description Record a drill held: date, participants, scenario and findings; each finding may open a hazard. Who may: the plan’s owner, or the principal, a deputy or the safety officer of its unit; a drill names a plan of that unit and participants holding posts in it.
         */
        post: operations["PlansController_recordDrill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quarterly statistics reports (季度统计报告) that any of your units takes part in, newest first
         * @description Quarterly statistics reports (季度统计报告) that any of your units takes part in, newest first. Who may: anyone in a unit of the report (each sees the units they may see).
         */
        get: operations["StatisticsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report with each unit you may see: its deadline, status, own figures and the total it sent up
         * @description A report with each unit you may see: its deadline, status, own figures and the total it sent up. Who may: anyone in a unit of the report (each sees the units they may see).
         */
        get: operations["StatisticsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics-reports/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report as .xlsx, or as a PDF in Chinese to sign and send up: each unit you may see with its status and totals, and the hazards found by category
         * @description The report as .xlsx, or as a PDF in Chinese to sign and send up: each unit you may see with its status and totals, and the hazards found by category. Who may: anyone in a unit of the report (each sees the units they may see).
         */
        get: operations["StatisticsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics-reports/{id}/units/{unitId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a unit’s figures, with those the units below it sent up, and send them up (after its level’s deadline: recorded as late)
         * @description Confirm a unit’s figures, with those the units below it sent up, and send them up (after its level’s deadline: recorded as late). Who may: the principal, a deputy or the safety officer of the unit, once the units below it have reported or been flagged late.
         */
        post: operations["StatisticsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hazard ledger (台账): search, filter, sort and page over the units you may see
         * @description The hazard ledger (台账): search, filter, sort and page over the units you may see. Who may: a principal, deputy or safety officer, over the units they may see (台账).
         */
        get: operations["LedgerController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ledger with the filters applied, every row, as .xlsx (Chinese headers) or CSV, streamed as it is read
         * @description The ledger with the filters applied, every row, as .xlsx (Chinese headers) or CSV, streamed as it is read. Who may: a principal, deputy or safety officer, over the units they may see (台账).
         */
        get: operations["LedgerController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/responsibility-letters/signings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the year’s responsibility letters (安全责任状) of a unit and the units below it to be signed
         * @description Send the year’s responsibility letters (安全责任状) of a unit and the units below it to be signed. Who may: the principal of the unit.
         */
        post: operations["LettersController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/responsibility-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Letters of your units and below, and those you sign
         * @description Letters of your units and below, and those you sign. Who may: anyone: letters of their units and the units below, and their own.
         */
        get: operations["LettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/responsibility-letters/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person the letter names signs it
         * @description The person the letter names signs it. Who may: the person the letter names.
         */
        post: operations["LettersController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open, overdue and closed hazards by severity, median time to rectify, lapses, yellow cards and sanctions in force
         * @description Open, overdue and closed hazards by severity, median time to rectify, lapses, yellow cards and sanctions in force. Who may: anyone in the unit, or in a unit above it.
         */
        get: operations["UnitsController_scorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annual safety assessment: fails on any one-vote veto (一票否决)
         * @description Annual safety assessment: fails on any one-vote veto (一票否决). Who may: anyone in the unit, or in a unit above it.
         */
        get: operations["UnitsController_assessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person’s sanctions: in force, and past (with when their end was recorded)
         * @description A person’s sanctions: in force, and past (with when their end was recorded). Who may: the person, and anyone who may see their unit.
         */
        get: operations["SanctionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/criticisms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Circulate criticism (通报批评) of a unit: the principal of a unit above it, with the reason and the hazards behind it
         * @description Circulate criticism (通报批评) of a unit: the principal of a unit above it, with the reason and the hazards behind it. Who may: the principal of a unit above the unit (通报批评).
         */
        post: operations["UnitOutcomesController_criticise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/commendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Commend (表彰) a unit with no lapse in the year: the principal of a unit above it
         * @description Commend (表彰) a unit with no lapse in the year: the principal of a unit above it. Who may: the principal of a unit above the unit, once a year, for a unit with no lapse in it (表彰).
         */
        post: operations["UnitOutcomesController_commend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A signed checkpoint (Ed25519) of the chain head of every hazard of your units and those below, as a file to keep outside the system
         * @description A signed checkpoint (Ed25519) of the chain head of every hazard of your units and those below, as a file to keep outside the system. Who may: anyone signed in: the chain heads of hazards of their units and the units below only.
         */
        get: operations["AuditController_checkpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The daily signed checkpoints of every hazard’s chain head (the worker signs one each day at 00:00 China time), newest first
         * @description The daily signed checkpoints of every hazard’s chain head (the worker signs one each day at 00:00 China time), newest first. Who may: the principal of a top-level unit (a daily checkpoint covers every unit).
         */
        get: operations["AuditController_daily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One daily checkpoint, as the file to keep
         * @description One daily checkpoint, as the file to keep. Who may: the principal of a top-level unit (a daily checkpoint covers every unit).
         */
        get: operations["AuditController_dailyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoint/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a kept checkpoint: its signature, then every head of your units against the database (a rewrite made after it is named)
         * @description Verify a kept checkpoint: its signature, then every head of your units against the database (a rewrite made after it is named). Who may: anyone signed in: heads of hazards outside their units are counted, not checked or disclosed.
         */
        post: operations["AuditController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries given up after the policy’s attempts, of notices to people of the units one leads or keeps safe, and below
         * @description Deliveries given up after the policy’s attempts, of notices to people of the units one leads or keeps safe, and below. Who may: a principal, deputy or safety officer: deliveries to people of their unit and the units below.
         */
        get: operations["NotificationsController_failedDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person’s notices: unread first, then newest (cursor paginated), in their language
         * @description The signed-in person’s notices: unread first, then newest (cursor paginated), in their language. Who may: anyone signed in: only their own notices (another person’s ids answer 403).
         */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks the given notices, or all, read
         * @description Marks the given notices, or all, read. Who may: anyone signed in: only their own notices (another person’s ids answer 403).
         */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live notices (Server-Sent Events): `unread` with the count at once and whenever it changes, `notice` for each new notice
         * @description Live notices (Server-Sent Events): `unread` with the count at once and whenever it changes, `notice` for each new notice. Who may: anyone signed in: only their own notices (another person’s ids answer 403).
         */
        get: operations["NotificationsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Database and Temporal reachable and a supported Node running (503 with details when not); the same as /health/ready
         * @description Database and Temporal reachable and a supported Node running (503 with details when not); the same as /health/ready.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process answers and runs a supported Node (for a liveness probe; asks nothing outside the process)
         * @description The process answers and runs a supported Node (for a liveness probe; asks nothing outside the process).
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready for traffic: database and Temporal reachable and a supported Node running (503 with details when not)
         * @description Ready for traffic: database and Temporal reachable and a supported Node running (503 with details when not).
         */
        get: operations["HealthController_ready"];
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
        PostDto: {
            unitId: string;
            /** @example deputy */
            kind: string;
            departmentId: string | null;
        };
        ProfileDto: {
            id: string;
            name: string;
            unitId: string;
            unitName: string;
            /** @description The posts held now */
            posts: components["schemas"]["PostDto"][];
        };
        DevTokenDto: {
            /** @example city-a-head-security */
            personId: string;
        };
        DevPersonDto: {
            id: string;
            name: string;
            unitId: string;
        };
        DevTokenResponseDto: {
            /** @description A signed JWT for the Authorization header */
            token: string;
            /** @example Bearer */
            tokenType: string;
            person: components["schemas"]["DevPersonDto"];
        };
        UnitRefDto: {
            id: string;
            name: string;
            parentId: string | null;
        };
        MeDto: {
            id: string;
            name: string;
            unitId: string;
            unitName: string;
            /** @description The posts held now */
            posts: components["schemas"]["PostDto"][];
            /** @description The units one may see: one’s own and those below */
            visibleUnits: components["schemas"]["UnitRefDto"][];
        };
        NameActingDto: {
            /**
             * @description Who acts for the person: someone of the same unit
             * @example city-a-county-1-deputy-1
             */
            actingPersonId: string;
            /**
             * Format: date-time
             * @description From when (ISO-8601 with an offset)
             * @example 2026-12-07T00:00:00+08:00
             */
            from: string;
            /**
             * Format: date-time
             * @description Until when (after from, at most a year later)
             * @example 2026-12-14T00:00:00+08:00
             */
            to: string;
            /**
             * @description Why the person is away (leave, training, a mission)
             * @example Annual leave
             */
            reason: string;
        };
        ActingAppointmentDto: {
            /** Format: uuid */
            id: string;
            personId: string;
            personName: string;
            actingPersonId: string;
            actingPersonName: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            reason: string;
            namedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            endedAt: string | null;
            endedBy: string | null;
            inForce: boolean;
        };
        ActingListDto: {
            personId: string;
            personName: string;
            /** @description Those who act for the person while away */
            away: components["schemas"]["ActingAppointmentDto"][];
            /** @description Those for whom the person acts */
            actingFor: components["schemas"]["ActingAppointmentDto"][];
        };
        UnitPostDto: {
            /** @example department_head */
            kind: string;
            departmentId: string | null;
        };
        UnitPersonDto: {
            id: string;
            name: string;
            /** @description The posts they hold in this unit now */
            posts: components["schemas"]["UnitPostDto"][];
        };
        UnitPeopleDto: {
            unitId: string;
            unitName: string;
            items: components["schemas"]["UnitPersonDto"][];
        };
        ReportHazardDto: {
            /**
             * @description The unit where the hazard is
             * @example city-a
             */
            unitId: string;
            /** @enum {string} */
            category: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
            /**
             * @description general (一般隐患) or major (重大隐患)
             * @enum {string}
             */
            severity: "general" | "major";
            title: string;
            description: string;
            /** @example Repository 3, basement */
            location: string;
            /**
             * @description Person who found it
             * @example city-a-staff-1
             */
            discoveredBy: string;
            /**
             * Format: date-time
             * @example 2026-11-25T08:30:00Z
             */
            discoveredAt: string;
            /** @enum {string} */
            source: "self_inspection" | "supervision" | "report" | "sensor";
            /** @description References to photos, files or readings */
            evidence?: string[];
            /** @description Escalation policy to pin (its newest version); "default" when omitted */
            policyName?: string;
            /** @description An id from the reporting system (sensor alarm id, inspection item); a second report with the same one returns the first hazard */
            externalRef?: string;
        };
        PolicyRefDto: {
            name: string;
            version: number;
        };
        StageDto: {
            /** @example acknowledge */
            action: string;
            /** Format: date-time */
            deadline: string | null;
        };
        UploaderDto: {
            id: string;
            name: string | null;
        };
        AttachmentDto: {
            /** Format: uuid */
            id: string;
            /** @description The name it was uploaded under */
            fileName: string;
            /**
             * @description Told by the content, not the name
             * @enum {string}
             */
            contentType: "image/jpeg" | "image/png" | "image/heic" | "image/heif" | "application/pdf";
            /** @description Bytes stored */
            size: number;
            /** @description SHA-256 (hex) of the stored bytes; the same digest is in the hazard’s hash-chained log */
            sha256: string;
            /** @description The photo’s metadata (EXIF, with the position) was removed before storing */
            locationStripped: boolean;
            uploadedBy: components["schemas"]["UploaderDto"] | null;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Where to fetch the file (add ?download=1 to save it) */
            url: string;
            /** @description A JPEG of at most 320×320 (photos only) */
            thumbnailUrl: string | null;
        };
        ReportedHazardDto: {
            /** Format: uuid */
            id: string;
            workflowId: string;
            unitId: string;
            /** @enum {string} */
            category: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
            /** @enum {string} */
            severity: "general" | "major";
            title: string;
            description: string;
            location: string;
            discoveredBy: string;
            /** Format: date-time */
            discoveredAt: string;
            source: string;
            evidence: string[];
            externalRef: string | null;
            /** @example assigned */
            status: string;
            /** @description Why the intake failed, when it did */
            intakeFailure?: string;
            responsiblePersonId: string | null;
            currentRung: number | null;
            /** @description The responsibility chain pinned at the report */
            chain: Record<string, never> | null;
            lastSequence: number;
            policy: components["schemas"]["PolicyRefDto"];
            stage: components["schemas"]["StageDto"] | null;
            /** @description A deadline has passed and the hazard is not closed */
            overdue: boolean;
            supervised: boolean;
            verificationFailures: number;
            reviewWorkflowId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The files sent with the report, stored and recorded (multipart/form-data only) */
            attachments?: components["schemas"]["AttachmentDto"][];
        };
        HazardDto: {
            /** Format: uuid */
            id: string;
            workflowId: string;
            unitId: string;
            /** @enum {string} */
            category: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
            /** @enum {string} */
            severity: "general" | "major";
            title: string;
            description: string;
            location: string;
            discoveredBy: string;
            /** Format: date-time */
            discoveredAt: string;
            source: string;
            evidence: string[];
            externalRef: string | null;
            /** @example assigned */
            status: string;
            /** @description Why the intake failed, when it did */
            intakeFailure?: string;
            responsiblePersonId: string | null;
            currentRung: number | null;
            /** @description The responsibility chain pinned at the report */
            chain: Record<string, never> | null;
            lastSequence: number;
            policy: components["schemas"]["PolicyRefDto"];
            stage: components["schemas"]["StageDto"] | null;
            /** @description A deadline has passed and the hazard is not closed */
            overdue: boolean;
            supervised: boolean;
            verificationFailures: number;
            reviewWorkflowId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        HazardPageDto: {
            items: components["schemas"]["HazardDto"][];
            /** @description Pass as cursor for the next page */
            nextCursor: string | null;
        };
        UnitCountsDto: {
            unitId: string;
            unitName: string;
            /**
             * @description The unit’s risk level from its latest assessment (风险分级管控); null before one
             * @enum {string|null}
             */
            riskLevel: "high" | "medium" | "low" | null;
            /** @enum {string} */
            severity: "general" | "major";
            open: number;
            overdue: number;
            closed: number;
        };
        HazardStatsDto: {
            units: components["schemas"]["UnitCountsDto"][];
        };
        PageNamesDto: {
            /** @description Person id → name, for everyone the page mentions */
            people: {
                [key: string]: string;
            };
            /** @description Unit id → name */
            units: {
                [key: string]: string;
            };
        };
        YourActionsDto: {
            /** @description What the caller may do on the hazard now, as the rules answer it */
            actions: ("acknowledge" | "submitPlan" | "submitRectification" | "requestExtension" | "requestEscalation" | "decide" | "verify" | "attachEvidence")[];
            /**
             * Format: date-time
             * @description The policy’s rectification deadline from now: the plan’s default and latest deadline
             */
            planDeadline: string | null;
            /**
             * Format: date-time
             * @description The current deadline: an extension asks for a later one
             */
            currentDeadline: string | null;
        };
        PersonRefDto: {
            id: string;
            name: string | null;
        };
        HazardEventDto: {
            sequence: number;
            type: string;
            actorId: string | null;
            /** Format: date-time */
            occurredAt: string;
            payload: Record<string, never>;
        };
        HazardDetailDto: {
            /** Format: uuid */
            id: string;
            workflowId: string;
            unitId: string;
            /** @enum {string} */
            category: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
            /** @enum {string} */
            severity: "general" | "major";
            title: string;
            description: string;
            location: string;
            discoveredBy: string;
            /** Format: date-time */
            discoveredAt: string;
            source: string;
            evidence: string[];
            externalRef: string | null;
            /** @example assigned */
            status: string;
            /** @description Why the intake failed, when it did */
            intakeFailure?: string;
            responsiblePersonId: string | null;
            currentRung: number | null;
            /** @description The responsibility chain pinned at the report */
            chain: Record<string, never> | null;
            lastSequence: number;
            policy: components["schemas"]["PolicyRefDto"];
            stage: components["schemas"]["StageDto"] | null;
            /** @description A deadline has passed and the hazard is not closed */
            overdue: boolean;
            supervised: boolean;
            verificationFailures: number;
            reviewWorkflowId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            names: components["schemas"]["PageNamesDto"];
            you: components["schemas"]["YourActionsDto"];
            responsiblePerson: components["schemas"]["PersonRefDto"] | null;
            /** @description Extension and escalation requests */
            requests: Record<string, never>[];
            events: components["schemas"]["HazardEventDto"][];
            /** @description The workflow’s live state; null (with liveError) when it does not answer in time */
            live: Record<string, never> | null;
            liveError?: string;
        };
        ChainedEventDto: {
            sequence: number;
            type: string;
            actorId: string | null;
            /** Format: date-time */
            occurredAt: string;
            payload: Record<string, never>;
            correlationId: string | null;
            prevHash: string | null;
            hash: string;
        };
        TimelineDto: {
            /** Format: uuid */
            hazardId: string;
            events: components["schemas"]["ChainedEventDto"][];
        };
        BrokenLinkDto: {
            sequence: number;
            reason: string;
        };
        WitnessDto: {
            sequence: number;
            hash: string;
            /** @description Whether the database still has this hash at this sequence */
            matches: boolean;
        };
        ChainVerdictDto: {
            /** Format: uuid */
            hazardId: string;
            valid: boolean;
            events: number;
            firstBrokenLink: components["schemas"]["BrokenLinkDto"] | null;
            /** @description The chain head the workflow recorded; null when it answers no query */
            witness: components["schemas"]["WitnessDto"] | null;
        };
        AcknowledgeDto: {
            note?: string;
        };
        StateStageDto: {
            /** @enum {string} */
            action: "acknowledge" | "plan" | "rectify" | "verify";
            /** @description Epoch ms */
            startedAt: number;
            /** @description Epoch ms; null: no clock running */
            deadline: number | null;
            /** @description Reminders sent for this deadline */
            reminded: number;
        };
        StateRequestDto: {
            id: string;
            /** @enum {string} */
            kind: "extension" | "escalation";
            requestedBy: string;
            /** @description Epoch ms */
            requestedAt: number;
            reason: string;
            deciderRung: number;
            deciderId: string;
            /** @description Epoch ms */
            deadline: number;
            /** @description Extension: the deadline asked for (epoch ms) */
            newDeadline?: number;
            needs?: ("funds" | "authority" | "other_units" | "expertise")[];
            /** @enum {string} */
            mode?: "transfer" | "co_own";
            /** @description Leaders who let the decision lapse, in order */
            lapsedBy: string[];
        };
        StatePlanDto: {
            responsiblePersonId: string;
            measures: string;
            funds: string;
            /** Format: date-time */
            deadline: string;
            contingencyPlan: string;
        };
        StateHolderDto: {
            personId: string;
            rung: number;
            level: string;
            /** @description Epoch ms */
            from: number;
            /** @description Epoch ms; null while holding */
            to: number | null;
        };
        StateMissedDeadlineDto: {
            action: string;
            personIds: string[];
            /** @description Epoch ms */
            deadline: number;
            /** @description Epoch ms */
            at: number;
        };
        StateChainHeadDto: {
            sequence: number;
            hash: string;
        };
        HazardStateDto: {
            /** Format: uuid */
            hazardId: string;
            unitId: string;
            /** @enum {string} */
            severity: "general" | "major";
            /** @enum {string} */
            status: "reported" | "unassigned" | "assigned" | "acknowledged" | "planned" | "rectified" | "rework" | "closed" | "intake_failed";
            /** @description The responsibility chain pinned at the report */
            chain: Record<string, never> | null;
            currentRung: number | null;
            stage: components["schemas"]["StateStageDto"] | null;
            /** @description Leaders who joined as co-owners, with their deadlines */
            coOwners: Record<string, never>[];
            pendingRequest: components["schemas"]["StateRequestDto"] | null;
            requestCount: number;
            plan: components["schemas"]["StatePlanDto"] | null;
            rectifierId: string | null;
            rectificationAttempts: number;
            verificationFailures: number;
            verifiers: string[];
            supervisors: string[];
            /** @description 挂牌督办: the superior unit holds the hazard */
            supervised: boolean;
            /** @description The supervision’s terms, reports and lapses */
            supervision?: Record<string, never> | null;
            reviewRequested: boolean;
            /** @description The policy version the hazard runs on */
            policy: Record<string, never>;
            holders: components["schemas"]["StateHolderDto"][];
            missedDeadlines: components["schemas"]["StateMissedDeadlineDto"][];
            /** @description Sequence of the last event the workflow recorded */
            lastSequence: number;
            reviewWorkflowId: string | null;
            /** @description The audit chain head after the workflow’s last write */
            chainHead?: components["schemas"]["StateChainHeadDto"];
        };
        PlanDto: {
            /** @description Person responsible for the rectification */
            responsiblePersonId: string;
            measures: string;
            /** @description Funds: amount and source */
            funds: string;
            /**
             * Format: date-time
             * @example 2026-12-20T10:00:00Z
             */
            deadline: string;
            /** @description Contingency plan until the hazard is removed */
            contingencyPlan: string;
        };
        SubmitPlanDto: {
            plan: components["schemas"]["PlanDto"];
        };
        RequestExtensionDto: {
            /**
             * Format: date-time
             * @example 2026-12-31T10:00:00Z
             */
            newDeadline: string;
            reason: string;
        };
        RequestEscalationDto: {
            reason: string;
            /** @description What the leader must provide (主动向主管领导请求解决) */
            needs: ("funds" | "authority" | "other_units" | "expertise")[];
            /**
             * @description The leader takes the hazard over, or joins as co-owner with a deadline
             * @enum {string}
             */
            mode: "transfer" | "co_own";
        };
        DecideDto: {
            requestId: string;
            approve: boolean;
            comment: string;
        };
        SubmitRectificationDto: {
            summary: string;
            /** @description References to photos, files or records */
            evidence: string[];
        };
        VerifyDto: {
            passed: boolean;
            comment: string;
        };
        PolicyMigrationDto: {
            /** @description Policy name; the hazard’s own by default */
            policyName?: string;
            /** @description Version; the newest by default */
            version?: number;
            reason: string;
        };
        ListForSupervisionDto: {
            /** @description Why the superior unit takes the hazard under supervision (挂牌督办) */
            reason: string;
        };
        SupervisionTermsDto: {
            /**
             * Format: date-time
             * @description ISO-8601 date-time by which the hazard must be fixed and verified
             */
            deadline: string;
            /** @description The supervising person (of the supervising unit), who verifies before the supervision is lifted */
            supervisorId: string;
            /** @description ISO-8601 duration between progress reports (e.g. P7D); none when omitted */
            reportEvery?: Record<string, never> | null;
            note?: string;
        };
        ProgressReportDto: {
            /** @description What has been done since the last report */
            text: string;
        };
        AttachmentListDto: {
            items: components["schemas"]["AttachmentDto"][];
        };
        WorkHazardDto: {
            /** Format: uuid */
            id: string;
            title: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            category: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
            /** @enum {string} */
            severity: "general" | "major";
            status: string;
            /**
             * Format: date-time
             * @description The hazard’s current deadline
             */
            stageDeadline: string | null;
        };
        NamedDto: {
            id: string;
            name: string;
        };
        WorkRequestDto: {
            id: string;
            /** @enum {string} */
            kind: "extension" | "escalation";
            /** @description What was asked: newDeadline, reason, needs, mode */
            details: {
                [key: string]: unknown;
            };
        };
        WorkItemDto: {
            /**
             * @description The next step: acknowledge, plan, rectify (the holder), verify (a verifier), decide (the leader asked)
             * @enum {string}
             */
            kind: "acknowledge" | "plan" | "rectify" | "verify" | "decide";
            /**
             * Format: date-time
             * @description By when
             */
            due: string | null;
            overdue: boolean;
            hazard: components["schemas"]["WorkHazardDto"];
            /** @description For whom: who asked (decide), who rectified (verify), or the leader it goes up to if it lapses */
            forWhom: components["schemas"]["NamedDto"] | null;
            request: components["schemas"]["WorkRequestDto"] | null;
            /** @description The person this is done for, when acting for them (职务代理) */
            actingFor: components["schemas"]["NamedDto"] | null;
        };
        WorkListDto: {
            /** @description Overdue first, then soonest due */
            items: components["schemas"]["WorkItemDto"][];
        };
        PolicyNameDto: {
            name: string;
            /** @description The newest version */
            version: number;
        };
        PolicyDto: {
            name: string;
            version: number;
            /** @description The escalation policy document: deadlines, the ladder, reminders and discipline */
            document: Record<string, never>;
        };
        PolicyVersionDto: {
            version: number;
            /** @description Null for the policy the migrations store */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ApprovalDto: {
            id: string;
            /** Format: uuid */
            hazardId: string;
            /** @enum {string} */
            kind: "extension" | "escalation";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "expired";
            requestedBy: string;
            /** @description The leader the request waits for */
            deciderId: string;
            /** @description The leader the reader acts for (职务代理), when it waits for them */
            actingFor: string | null;
            /** Format: date-time */
            deadline: string;
            overdue: boolean;
            details: Record<string, never>;
            /** @description Leaders who let it lapse */
            lapsedBy: string[];
            decidedBy: string | null;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ApprovalPageDto: {
            items: components["schemas"]["ApprovalDto"][];
            nextCursor: string | null;
        };
        ReviewSummaryDto: {
            id: string;
            /** Format: uuid */
            hazardId: string | null;
            /** Format: uuid */
            incidentId: string | null;
            unitId: string;
            severity: string | null;
            reason: string;
            /** @example statements */
            status: string;
            authorityId: string | null;
            /** Format: date-time */
            statementsUntil: string | null;
            /** Format: date-time */
            decisionDeadline: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description Proposals in it */
            proposals: number;
        };
        ReviewListDto: {
            items: components["schemas"]["ReviewSummaryDto"][];
        };
        ReviewDto: {
            id: string;
            /** Format: uuid */
            hazardId: string | null;
            /** Format: uuid */
            incidentId: string | null;
            /**
             * Format: uuid
             * @description The incident whose loss opened this review of the hazard
             */
            lossIncidentId: string | null;
            unitId: string;
            severity: string | null;
            reason: string;
            /** @example deciding */
            status: string;
            /** @description Who opened it by hand */
            requestedBy: string | null;
            authorityId: string | null;
            /** @description The reviewing authorities in order (a lapsed decision passes to the next) */
            authorities: Record<string, never>[];
            /** Format: date-time */
            statementsUntil: string | null;
            /** Format: date-time */
            decisionDeadline: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description Who held the subject when */
            timeline: Record<string, never>[];
            findings: Record<string, never>[];
            proposals: Record<string, never>[];
            statements: Record<string, never>[];
            sanctions: Record<string, never>[];
            /** @description The review’s event stream */
            events: Record<string, never>[];
            /** @description The workflow’s live state; null (with liveError) when it does not answer */
            live: Record<string, never> | null;
            liveError?: string;
            /** @description The names of every person and unit the review mentions, and the hazard’s title */
            names: components["schemas"]["PageNamesDto"];
        };
        OpenReviewDto: {
            /** @description The incident to review; give this or hazardId */
            incidentId?: string;
            /** @description The hazard to review; give this or incidentId (a hazard whose top rung lapses is reviewed by its workflow as well) */
            hazardId?: string;
            reason: string;
        };
        OpenedReviewDto: {
            id: string;
        };
        DecideProposalDto: {
            /** @description A proposal id from GET /accountability-reviews/:id */
            proposalId: string;
            /** @enum {string} */
            outcome: "accept" | "change" | "dismiss";
            /**
             * @description Required when the outcome is change
             * @enum {string}
             */
            sanction?: "warning" | "demerit" | "major_demerit" | "demotion" | "removal" | "dismissal";
            reason: string;
        };
        ReviewStateDto: {
            reviewId: string;
            /**
             * @description open: being prepared (its timeline and proposals are empty until then)
             * @enum {string}
             */
            status: "open" | "statements" | "deciding" | "appeals" | "decided" | "no_sanctions" | "preparation_failed";
            /** @description Each person’s conducts, the proposed sanction, and what was decided */
            proposals: Record<string, never>[];
            /** @description Who has made a statement */
            statementsFrom: string[];
            /** @description The authority that decides now */
            authority: Record<string, never> | null;
            lapsedAuthorities: string[];
            /** @description Epoch ms */
            statementsUntil: number | null;
            /** @description Epoch ms */
            decisionDeadline: number | null;
            /** @description Epoch ms */
            appealsUntil?: number | null;
            appeals?: Record<string, never>[];
            /** @description Statement windows of people a finding added (epoch ms, by person id) */
            lateStatementsUntil?: Record<string, never>;
        };
        AddFindingDto: {
            /** @description The person the finding concerns */
            personId: string;
            /** @enum {string} */
            conduct: "acted_in_time" | "late" | "no_action" | "escalated_properly" | "lapsed_decision" | "evaded";
            /** @description What the person did or failed to do */
            detail: string;
            /** @description References to the evidence: stored files, documents, records */
            evidence: string[];
            /**
             * @description The sanction to propose; by default the policy’s rules decide
             * @enum {string}
             */
            sanction?: "warning" | "demerit" | "major_demerit" | "demotion" | "removal" | "dismissal";
        };
        AppealDto: {
            /** @description The proposal whose decided sanction is appealed */
            proposalId: string;
            /** @description 申诉: why the sanction should not stand */
            grounds: string;
        };
        DecideAppealDto: {
            proposalId: string;
            /**
             * @description rejected: the sanction stands; changed: another sanction; upheld: the sanction is revoked
             * @enum {string}
             */
            outcome: "rejected" | "changed" | "upheld";
            /**
             * @description Required when the outcome is changed
             * @enum {string}
             */
            sanction?: "warning" | "demerit" | "major_demerit" | "demotion" | "removal" | "dismissal";
            reason: string;
        };
        StatementDto: {
            /** @description 陈述申辩: the person concerned states their case */
            text: string;
        };
        ReportIncidentDto: {
            unitId: string;
            /** @enum {string} */
            severity: "general" | "major";
            title: string;
            description: string;
            /**
             * Format: date-time
             * @description When the incident happened; the time allowed to report runs from here
             * @example 2026-11-26T08:00:00Z
             */
            occurredAt: string;
            /** @description The policy whose reporting times apply (default: "default") */
            policyName?: string;
            /** @description The hazards (of the unit or units below it) the incident came from; a loss from one that was open and overdue opens a review of its holders, the loss aggravating */
            hazardIds?: string[];
        };
        IncidentPolicyDto: {
            name: string;
            version: number;
        };
        IncidentWarningDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            level: "blue" | "yellow" | "orange" | "red";
            /** @enum {string} */
            status: "active" | "lifted";
        };
        IncidentYouDto: {
            /** @description The unit that holds the report now, waiting for it to be forwarded (null once it reached the top) */
            holdingUnitId: string | null;
            /** @description Whether the reader may forward the report to the next level up now */
            mayForward: boolean;
        };
        IncidentDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            /** @enum {string} */
            severity: "general" | "major";
            title: string;
            description: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            reportedAt: string;
            reportedBy: string;
            status: string;
            late: boolean;
            /** @description The unit, then each level up, with its deadline, when it passed the report on, and its name (unitName) */
            levels: Record<string, never>[];
            policy: components["schemas"]["IncidentPolicyDto"];
            /** @description The early warnings in force for its unit when it occurred */
            warnings: components["schemas"]["IncidentWarningDto"][];
            reviews: Record<string, never>[];
            /** @description The incident’s event stream */
            events: Record<string, never>[];
            live: Record<string, never> | null;
            liveError?: string;
            /** @description What the reader may do with it now */
            you: components["schemas"]["IncidentYouDto"];
        };
        IncidentSummaryDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            /** @enum {string} */
            severity: "general" | "major";
            title: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            reportedAt: string;
            /** @example reporting */
            status: string;
            /** @description Reported late (迟报) at some level */
            late: boolean;
            reviewId: string | null;
        };
        IncidentListDto: {
            items: components["schemas"]["IncidentSummaryDto"][];
        };
        ForwardIncidentDto: {
            note?: string;
        };
        IncidentLevelDto: {
            unitId: string;
            principalId: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: date-time */
            passedOnAt: string | null;
            /** @enum {string} */
            outcome: "reported" | "forwarded" | "missed" | "received" | "pending";
            actorId: string | null;
        };
        IncidentStateDto: {
            /** Format: uuid */
            incidentId: string;
            /** @enum {string} */
            status: "reporting" | "complete";
            levels: components["schemas"]["IncidentLevelDto"][];
            /** @description Index of the level that holds the report now */
            current: number;
            late: boolean;
            reviewId: string | null;
        };
        ChecklistItemDto: {
            /** @example fire-1 */
            id: string;
            text: string;
            /** @enum {string} */
            category: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
            /**
             * @description Severity of the hazard a failure opens
             * @enum {string}
             */
            severity: "general" | "major";
            /** @description A pass counts only with evidence attached */
            evidenceRequired?: boolean;
        };
        StartCampaignDto: {
            /** @description The superior unit that runs the campaign */
            issuerUnitId: string;
            title: string;
            checklist: components["schemas"]["ChecklistItemDto"][];
            /** @description Units in scope; default: every unit below the issuer (its subtree) */
            unitIds?: string[];
            /**
             * Format: date-time
             * @description When self-inspection results are due and the report is compiled
             */
            deadline: string;
            /** @description Policy for the hazards that failed items open, and for reminders (default: "default") */
            policyName?: string;
        };
        CampaignItemDto: {
            id: string;
            text: string;
            category: string;
            /** @enum {string} */
            severity: "general" | "major";
            evidenceRequired?: boolean;
        };
        CampaignPolicyDto: {
            name: string;
            version: number;
        };
        CampaignItemHazardDto: {
            itemId: string;
            /** Format: uuid */
            hazardId: string;
        };
        CampaignUnitDto: {
            unitId: string;
            unitName: string;
            /** @enum {string} */
            status: "pending" | "submitted" | "not_submitted";
            /** Format: date-time */
            submittedAt: string | null;
            submittedBy: string | null;
            submittedByName: string | null;
            submissions: number;
            /** @description The latest submission, item by item */
            results: Record<string, never>[] | null;
            reminders: number;
            /** Format: date-time */
            escalatedAt: string | null;
            hazards: components["schemas"]["CampaignItemHazardDto"][];
        };
        CampaignDto: {
            /** Format: uuid */
            id: string;
            issuerUnitId: string;
            issuerUnitName: string | null;
            title: string;
            /** @description The checklist items */
            checklist: components["schemas"]["CampaignItemDto"][];
            /** Format: date-time */
            deadline: string;
            status: string;
            policy: components["schemas"]["CampaignPolicyDto"];
            createdBy: string;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            reportedAt: string | null;
            /** @description Each unit in scope: its submission, reminders and hazards opened */
            units: components["schemas"]["CampaignUnitDto"][];
        };
        CampaignSummaryDto: {
            /** Format: uuid */
            id: string;
            issuerUnitId: string;
            issuerUnitName: string;
            title: string;
            /** Format: date-time */
            deadline: string;
            /** @example running */
            status: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            reportedAt: string | null;
            /** @description Units in scope */
            units: number;
            /** @description Units that submitted */
            submitted: number;
        };
        CampaignUnitNameDto: {
            id: string;
            name: string;
        };
        CampaignListDto: {
            items: components["schemas"]["CampaignSummaryDto"][];
            /** @description Units the reader may start a campaign from (an issuing post over units below) */
            mayStartFor: components["schemas"]["CampaignUnitNameDto"][];
        };
        CampaignReportDto: {
            /** Format: uuid */
            campaignId: string;
            title: string;
            issuerUnitId: string;
            /** Format: date-time */
            deadline: string;
            /** Format: date-time */
            compiledAt: string;
            /** @description One row per unit: submission, items failed, hazards opened and overdue, omissions */
            units: Record<string, never>[];
            /** @description Totals over the units */
            summary: Record<string, never>;
        };
        InspectionResultDto: {
            itemId: string;
            passed: boolean;
            note?: string;
            evidence?: string[];
        };
        SubmitInspectionDto: {
            results: components["schemas"]["InspectionResultDto"][];
        };
        CampaignUnitStateDto: {
            /** Format: uuid */
            campaignId: string;
            unitId: string;
            /** @enum {string} */
            status: "pending" | "submitted" | "not_submitted";
            submissions: number;
            /** @description Checklist item → the hazard its failure opened */
            hazards: {
                [key: string]: string;
            };
            reminders: number;
            escalated: boolean;
        };
        DutyCalendarDto: {
            /** @description Month (every month when left out) */
            month?: number;
            /** @description Day of the month (every day when left out) */
            dayOfMonth?: number;
            /** @description 0 Sunday … 6 Saturday (every day when left out) */
            dayOfWeek?: number;
            /** @description Hour, Beijing time */
            hour: number;
            minute: number;
        };
        DutySpecDto: {
            /** @description When the duty falls due, in Beijing time; give this or everySeconds */
            calendar?: components["schemas"]["DutyCalendarDto"];
            /** @description Or: every so many seconds (at least the deployment’s SCHEDULE_MIN_INTERVAL_SECONDS) */
            everySeconds?: number;
        };
        CreateScheduleDto: {
            /** @description The unit that owns the duty; its runs cover it and every unit below it */
            unitId: string;
            /** @enum {string} */
            kind: "self_inspection" | "backup_check" | "letter_round" | "pre_holiday_inspection" | "risk_assessment" | "statistics_report";
            /** @example 月度安全自查 · Monthly self-inspection */
            title: string;
            spec: components["schemas"]["DutySpecDto"];
            /**
             * @description A run due while the previous one is still open: skip it (default), keep one waiting, or run both
             * @enum {string}
             */
            overlap?: "skip" | "buffer_one" | "allow_all";
            /** @description Move a run that falls on a rest day to 09:00 of the next working day (default true) */
            workingDay?: boolean;
            /** @description Policy for the run’s deadline and the hazards it opens (default: "default") */
            policyName?: string;
        };
        ScheduleRunDto: {
            /** Format: date-time */
            scheduledAt: string;
            /** Format: date-time */
            startedAt: string;
            workflowId: string;
        };
        ScheduleDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            kind: "self_inspection" | "backup_check" | "letter_round" | "pre_holiday_inspection" | "risk_assessment" | "statistics_report";
            title: string;
            spec: components["schemas"]["DutySpecDto"];
            /** @enum {string} */
            overlap: "skip" | "buffer_one" | "allow_all";
            workingDay: boolean;
            policyName: string;
            paused: boolean;
            createdBy: string;
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The Temporal Schedule’s id (temporal schedule describe --schedule-id …) */
            temporalScheduleId: string;
            /** @description Whether you may change, pause, resume and trigger it */
            mayManage: boolean;
            /** @description The next times it falls due (before any move to a working day) */
            nextRuns: string[];
            /** @description The runs Temporal started most recently */
            recentRuns: components["schemas"]["ScheduleRunDto"][];
            /** @description Runs still open (their workflow ids) */
            runningRuns: string[];
            /** @description Runs skipped because the previous one was still open (overlap policy skip) */
            skippedRuns: number;
        };
        ScheduleSummaryDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            kind: "self_inspection" | "backup_check" | "letter_round" | "pre_holiday_inspection" | "risk_assessment" | "statistics_report";
            title: string;
            spec: components["schemas"]["DutySpecDto"];
            /** @enum {string} */
            overlap: "skip" | "buffer_one" | "allow_all";
            workingDay: boolean;
            policyName: string;
            paused: boolean;
            createdBy: string;
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The Temporal Schedule’s id (temporal schedule describe --schedule-id …) */
            temporalScheduleId: string;
            /** @description Whether you may change, pause, resume and trigger it */
            mayManage: boolean;
        };
        ScheduleListDto: {
            items: components["schemas"]["ScheduleSummaryDto"][];
        };
        ScheduleEventDto: {
            /** @description schedule:<id> for changes, duty-run:<run> for a run */
            stream: string;
            sequence: number;
            type: string;
            actorId?: string | null;
            actorName?: string | null;
            /** Format: date-time */
            occurredAt: string;
            payload: Record<string, never>;
        };
        ScheduleHistoryDto: {
            items: components["schemas"]["ScheduleEventDto"][];
        };
        ChangeScheduleDto: {
            spec?: components["schemas"]["DutySpecDto"];
            /** @enum {string} */
            overlap?: "skip" | "buffer_one" | "allow_all";
            workingDay?: boolean;
            policyName?: string;
        };
        ScheduleNoteDto: {
            /** @description Why (kept in the schedule’s history and shown in Temporal) */
            note?: string;
        };
        WarningMeasureDto: {
            /** @example stores-dry */
            id: string;
            /** @example 检查库房有无渗漏 · Check the stores for leaks */
            text: string;
        };
        IssueWarningDto: {
            /** @description The superior unit that issues it */
            issuerUnitId: string;
            /**
             * @description blue 蓝色, yellow 黄色, orange 橙色, red 红色: the policy gives each its time to confirm
             * @enum {string}
             */
            level: "blue" | "yellow" | "orange" | "red";
            /** @example 暴雨红色预警 · Heavy-rain red warning */
            title: string;
            /** @description The measures each unit must confirm */
            measures: components["schemas"]["WarningMeasureDto"][];
            /** @description Units in scope; default: every unit below the issuer */
            unitIds?: string[];
            /** @description Policy whose warning times apply (default: "default") */
            policyName?: string;
        };
        WarningUnitDto: {
            unitId: string;
            unitName: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "escalated" | "confirmed_late";
            /** Format: date-time */
            confirmedAt: string | null;
            confirmedBy: string | null;
            confirmedByName: string | null;
            /** @description Each measure: done or not, with a note */
            results: Record<string, never>[] | null;
            /** Format: date-time */
            escalatedAt: string | null;
            /** @description Whether you may confirm for this unit now */
            mayConfirm: boolean;
        };
        WarningIncidentDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            unitName: string;
            title: string;
            severity: string;
            /** Format: date-time */
            occurredAt: string;
            status: string;
        };
        WarningDto: {
            /** Format: uuid */
            id: string;
            issuerUnitId: string;
            issuerUnitName: string;
            /** @enum {string} */
            level: "blue" | "yellow" | "orange" | "red";
            title: string;
            measures: components["schemas"]["WarningMeasureDto"][];
            /** Format: date-time */
            confirmBy: string;
            /** @enum {string} */
            status: "active" | "lifted";
            issuedBy: string;
            issuedByName: string;
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            liftedAt: string | null;
            /** @description Compiled at lifting: per unit, its confirmation and the measures not done */
            summary: Record<string, never>[] | null;
            units: components["schemas"]["WarningUnitDto"][];
            /** @description Whether you may lift it */
            mayLift: boolean;
            /** @description Incidents that occurred in units in scope while it was in force */
            incidents: components["schemas"]["WarningIncidentDto"][];
        };
        WarningSummaryDto: {
            /** Format: uuid */
            id: string;
            issuerUnitId: string;
            issuerUnitName: string;
            /** @enum {string} */
            level: "blue" | "yellow" | "orange" | "red";
            title: string;
            /** Format: date-time */
            confirmBy: string;
            /** @enum {string} */
            status: "active" | "lifted";
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            liftedAt: string | null;
            units: number;
            confirmed: number;
            escalated: number;
        };
        WarningListDto: {
            items: components["schemas"]["WarningSummaryDto"][];
        };
        MeasureResultDto: {
            measureId: string;
            done: boolean;
            note?: string;
        };
        ConfirmMeasuresDto: {
            results: components["schemas"]["MeasureResultDto"][];
        };
        WarningStateUnitDto: {
            unitId: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "escalated" | "confirmed_late";
            /** Format: date-time */
            confirmedAt: string | null;
            confirmedBy: string | null;
            notDone: string[];
        };
        WarningStateDto: {
            /** Format: uuid */
            warningId: string;
            /** @enum {string} */
            status: "active" | "lifted";
            units: components["schemas"]["WarningStateUnitDto"][];
        };
        LiftWarningDto: {
            /** @description Why it is lifted (kept with the summary) */
            note: string;
        };
        ShiftDto: {
            /** @description The person on duty (值班人员), who holds a post in the unit */
            personId: string;
            /** @description 领导带班: the principal or a deputy of the unit in charge for this shift */
            leaderId?: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
        };
        PublishShiftsDto: {
            shifts: components["schemas"]["ShiftDto"][];
            /** @description Policy whose roster times apply (default: "default") */
            policyName?: string;
        };
        ShiftRowDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            unitName: string;
            personId: string;
            personName: string;
            leaderId: string | null;
            leaderName: string | null;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @enum {string} */
            status: "scheduled" | "checked_in" | "missed" | "handed_over" | "no_handover";
            /** Format: date-time */
            checkedInAt: string | null;
            lateByMs: number | null;
            /** Format: date-time */
            escalatedAt: string | null;
            /** Format: date-time */
            handedOverAt: string | null;
            handoverLog: string | null;
            /** @description 换班: who is asked to take the shift */
            swapToId: string | null;
            swapToName: string | null;
            /**
             * @description requested: waiting for their answer; accepted: for the safety officer; lapsed: the shift started undecided
             * @enum {string|null}
             */
            swapStatus: "requested" | "accepted" | "lapsed" | null;
        };
        ShiftListDto: {
            items: components["schemas"]["ShiftRowDto"][];
        };
        ShiftStateDto: {
            /** Format: uuid */
            shiftId: string;
            /** @enum {string} */
            status: "scheduled" | "checked_in" | "missed" | "handed_over" | "no_handover";
            /** Format: date-time */
            checkedInAt: string | null;
            lateByMs: number | null;
            /** Format: date-time */
            handedOverAt: string | null;
            /** @description Who is on duty now */
            personId?: string;
            leaderId?: string | null;
            /** @description A swap under way: toPersonId, status */
            swap?: Record<string, never> | null;
        };
        HandoverDto: {
            /** @description 交接班记录: what happened on the shift and what the next one must know */
            log: string;
        };
        RequestSwapDto: {
            /** @description Who is asked to take the shift (holds a post in the unit) */
            toPersonId: string;
            /** @description Why */
            note: string;
        };
        AnswerSwapDto: {
            /** @description Take the shift (true) or decline it */
            accept: boolean;
            note: string;
        };
        DecideSwapDto: {
            /** @description Approve the swap (the person on duty changes) or reject it */
            approve: boolean;
            note: string;
        };
        RiskIndicatorDto: {
            /** @example fire-systems */
            id: string;
            /** @description 评估内容 */
            content: string;
            /** @description 评估方法 */
            method: string;
            /** @description 评估依据 */
            basis: string;
            /**
             * @description The category of the hazard a 高危 or 危险 result opens
             * @enum {string}
             */
            category: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
        };
        RiskGroupDto: {
            id: string;
            name: string;
            indicators: components["schemas"]["RiskIndicatorDto"][];
        };
        RiskAreaDto: {
            id: string;
            name: string;
            groups: components["schemas"]["RiskGroupDto"][];
        };
        StoredRiskTemplateDto: {
            name: string;
            /** @description The province (top-level unit) whose template it is (absent on the default) */
            provinceId?: string;
            /** @description 0: the default shipped with Dutychain; 1, 2, …: the province’s uploaded versions */
            version: number;
            areas: components["schemas"]["RiskAreaDto"][];
            uploadedBy?: string | null;
            uploadedByName?: string | null;
            /** Format: date-time */
            uploadedAt?: string | null;
            note?: string | null;
        };
        UploadRiskTemplateDto: {
            /** @example 某省档案馆安全风险评估指标（2027） */
            name: string;
            /** @description Areas → groups → indicators; every id unique at its level */
            areas: components["schemas"]["RiskAreaDto"][];
            /** @description Why it changes (kept with the version) */
            note: string;
        };
        RiskResultDto: {
            indicatorId: string;
            /**
             * @description high 高危 (opens a major hazard), danger 危险 (a general one), none 未发现
             * @enum {string}
             */
            result: "high" | "danger" | "none";
            note?: string;
        };
        AssessRiskDto: {
            /** @description One result for every indicator of the template */
            results: components["schemas"]["RiskResultDto"][];
            /** @description Policy for the hazards it opens (default: "default") */
            policyName?: string;
        };
        RiskAssessmentDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            template: string;
            results: Record<string, never>[];
            /** @enum {string} */
            level: "high" | "medium" | "low";
            assessedBy: string;
            assessedByName: string;
            /** Format: date-time */
            assessedAt: string;
            bySuperior: boolean;
            /** @description The hazards its 高危 and 危险 results opened (a moment after it is recorded) */
            hazards: Record<string, never>[];
        };
        RiskAssessmentListDto: {
            /**
             * @description The unit’s level from its latest assessment
             * @enum {string|null}
             */
            level: "high" | "medium" | "low" | null;
            /** @description Whether you may assess this unit */
            mayAssess: boolean;
            items: components["schemas"]["RiskAssessmentDto"][];
        };
        RegisterPlanDto: {
            /**
             * @description flood 防汛, fire 消防, theft 防盗, network_security 网络安全, exhibition_evacuation 展览与疏散, records_rescue 档案抢救
             * @enum {string}
             */
            type: "flood" | "fire" | "theft" | "network_security" | "exhibition_evacuation" | "records_rescue";
            /** @example 防汛应急预案 · Flood contingency plan */
            title: string;
            /** @description Who answers for the plan (a person holding a post in the unit) */
            ownerId: string;
            /** @example 2026 第1版 */
            version: string;
            /**
             * Format: date-time
             * @description By when it must be reviewed (修订); in the future
             */
            reviewBy: string;
            /** @description Policy whose plan times and drill counts apply (default: "default") */
            policyName?: string;
        };
        PersonNameDto: {
            id: string;
            name: string;
        };
        DrillHazardDto: {
            /** Format: uuid */
            hazardId: string;
            title: string;
            severity: string;
            status: string;
        };
        DrillDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /** Format: date-time */
            plannedAt: string;
            scenario: string;
            /**
             * @description missed: not recorded within the policy’s time after its date (a lapse); held_late: recorded after that
             * @enum {string}
             */
            status: "planned" | "held" | "missed" | "held_late";
            plannedBy: string;
            /** Format: date-time */
            heldAt: string | null;
            participants: components["schemas"]["PersonNameDto"][] | null;
            /** @description text, openHazard, severity */
            findings: Record<string, never>[] | null;
            recordedBy: string | null;
            recordedByName: string | null;
            /** @description The hazards its findings opened (a moment after it is recorded) */
            hazards: components["schemas"]["DrillHazardDto"][];
        };
        ContingencyPlanDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            type: "flood" | "fire" | "theft" | "network_security" | "exhibition_evacuation" | "records_rescue";
            title: string;
            ownerId: string;
            ownerName: string;
            version: string;
            /** Format: date-time */
            reviewBy: string;
            /**
             * @description due: the owner has been reminded; overdue: past its review date; escalated: the principal has been told
             * @enum {string}
             */
            reviewStatus: "current" | "due" | "overdue" | "escalated";
            policyName: string;
            policyVersion: number;
            registeredBy: string;
            /** Format: date-time */
            registeredAt: string;
            /** Format: date-time */
            revisedAt: string | null;
            drills: components["schemas"]["DrillDto"][];
            /** @description Whether you may revise it (its owner, or the unit’s principal, a deputy or safety officer) */
            mayRevise: boolean;
            /** @description Whether you may plan and record its drills */
            mayDrill: boolean;
        };
        ContingencyPlanSummaryDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            type: "flood" | "fire" | "theft" | "network_security" | "exhibition_evacuation" | "records_rescue";
            title: string;
            ownerId: string;
            ownerName: string;
            version: string;
            /** Format: date-time */
            reviewBy: string;
            /**
             * @description due: the owner has been reminded; overdue: past its review date; escalated: the principal has been told
             * @enum {string}
             */
            reviewStatus: "current" | "due" | "overdue" | "escalated";
            policyName: string;
            policyVersion: number;
            registeredBy: string;
            /** Format: date-time */
            registeredAt: string;
            /** Format: date-time */
            revisedAt: string | null;
            /** @description Drills held this year (Beijing) */
            drillsHeld: number;
            /** @description Drills planned this year and missed */
            drillsMissed: number;
            /** @description Drills its type needs a year, by the plan’s policy */
            drillsRequired: number;
            /** Format: date-time */
            nextDrillAt: string | null;
        };
        ContingencyPlanListDto: {
            year: number;
            /** @description Whether you may register plans for this unit */
            mayManage: boolean;
            items: components["schemas"]["ContingencyPlanSummaryDto"][];
        };
        RevisePlanDto: {
            version: string;
            /**
             * Format: date-time
             * @description The next review date; in the future
             */
            reviewBy: string;
            /** @description A new owner (default: the same) */
            ownerId?: string;
            /** @description What changed */
            note: string;
        };
        PlanDrillDto: {
            /**
             * Format: uuid
             * @description A plan of this unit
             */
            planId: string;
            /**
             * Format: date-time
             * @description When the drill is to be held; in the future
             */
            plannedAt: string;
            /** @example 库房进水，转移珍贵档案 · Water in the stores: move the most valuable records */
            scenario: string;
        };
        DrillFindingDto: {
            text: string;
            /** @description Open a hazard on the unit’s chain for it */
            openHazard: boolean;
            /** @enum {string} */
            severity: "general" | "major";
        };
        RecordDrillDto: {
            /**
             * Format: uuid
             * @description A plan of this unit
             */
            planId: string;
            /**
             * Format: uuid
             * @description The planned drill this records; without it, a drill held without being planned ahead
             */
            drillId?: string;
            /**
             * Format: date-time
             * @description When it was held; not in the future
             */
            heldAt: string;
            /** @description Who took part (people holding posts in the unit) */
            participants: string[];
            scenario: string;
            findings: components["schemas"]["DrillFindingDto"][];
        };
        StatisticsFiguresDto: {
            /** @description Hazards discovered in the quarter */
            found: number;
            major: number;
            /** @description Of those, closed by now */
            closed: number;
            /** @description Closed without a missed deadline */
            closedOnTime: number;
            open: number;
            /** @description Open and overdue now */
            overdue: number;
            /** @description Climbed the ladder at least once */
            escalated: number;
            /** @description Listed for supervision (挂牌督办) */
            supervised: number;
            /** @description Accountability reviews opened in the quarter */
            reviews: number;
            /** @description Found, by hazard category */
            byCategory: Record<string, never>;
        };
        StatisticsReportSummaryDto: {
            /** Format: uuid */
            id: string;
            rootUnitId: string;
            rootUnitName: string;
            /** Format: uuid */
            scheduleId: string | null;
            year: number;
            quarter: number;
            /** Format: date-time */
            periodFrom: string;
            /** Format: date-time */
            periodTo: string;
            title: string;
            /** @enum {string} */
            status: "collecting" | "complete";
            /** @description The whole report’s figures, once complete */
            total: components["schemas"]["StatisticsFiguresDto"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        StatisticsReportListDto: {
            items: components["schemas"]["StatisticsReportSummaryDto"][];
        };
        StatisticsUnitDto: {
            unitId: string;
            unitName: string;
            parentUnitId: string | null;
            /** @description 0 for the unit the report goes up to */
            depth: number;
            /** Format: date-time */
            dueAt: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "late" | "confirmed_late";
            /** @description Its own hazards */
            own: components["schemas"]["StatisticsFiguresDto"] | null;
            /** @description Its own and what the units below it sent up */
            total: components["schemas"]["StatisticsFiguresDto"] | null;
            note: string | null;
            confirmedBy: string | null;
            confirmedByName: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            /** @description Whether you may confirm it now */
            mayConfirm: boolean;
        };
        StatisticsReportDto: {
            /** Format: uuid */
            id: string;
            rootUnitId: string;
            rootUnitName: string;
            /** Format: uuid */
            scheduleId: string | null;
            year: number;
            quarter: number;
            /** Format: date-time */
            periodFrom: string;
            /** Format: date-time */
            periodTo: string;
            title: string;
            /** @enum {string} */
            status: "collecting" | "complete";
            /** @description The whole report’s figures, once complete */
            total: components["schemas"]["StatisticsFiguresDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The units you may see, the one it goes up to first */
            units: components["schemas"]["StatisticsUnitDto"][];
        };
        ConfirmStatisticsDto: {
            /** @description What the unit adds to its figures (may be empty) */
            note: string;
        };
        StatisticsStateDto: {
            /** Format: uuid */
            reportId: string;
            /** @enum {string} */
            status: "collecting" | "complete";
            units: Record<string, never>[];
        };
        LedgerRowDto: {
            /** Format: uuid */
            id: string;
            title: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            category: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
            /** @enum {string} */
            severity: "general" | "major";
            /** @enum {string} */
            status: "reported" | "unassigned" | "assigned" | "acknowledged" | "planned" | "rectified" | "rework" | "closed" | "intake_failed";
            /** @enum {string} */
            source: "self_inspection" | "supervision" | "report" | "sensor";
            location: string;
            description: string;
            /** Format: date-time */
            discoveredAt: string;
            discoveredByName: string | null;
            holderId: string | null;
            holderName: string | null;
            /**
             * Format: date-time
             * @description The deadline of the step it waits for
             */
            deadline: string | null;
            overdue: boolean;
            supervised: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        LedgerPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["LedgerRowDto"][];
        };
        StartSigningDto: {
            /** @description The unit whose letters (and those of the units below it) are signed */
            unitId: string;
            /** @example 2026 */
            year: number;
            /**
             * Format: date-time
             * @description When every letter is due to be signed
             */
            deadline: string;
            /** @description The policy whose reminder and escalation times apply (default: "default") */
            policyName?: string;
        };
        SigningStartedDto: {
            /** Format: uuid */
            id: string;
            unitId: string;
            year: number;
            /** Format: date-time */
            deadline: string;
            /** @example running */
            status: string;
        };
        LetterDto: {
            id: string;
            /** Format: uuid */
            signingId: string;
            year: number;
            unitId: string;
            /** @enum {string} */
            level: "principal" | "deputy" | "department_head";
            signerId: string;
            /** @description Who signs with them (the leader above) */
            counterpartyId: string | null;
            categories: string[];
            /** Format: date-time */
            periodStart: string;
            /** Format: date-time */
            periodEnd: string;
            /** Format: date-time */
            deadline: string;
            /** @enum {string} */
            status: "pending" | "signed" | "overdue" | "unsigned";
            /** Format: date-time */
            signedAt: string | null;
            signerName: string | null;
            counterpartyName: string | null;
            unitName: string | null;
        };
        LetterListDto: {
            items: components["schemas"]["LetterDto"][];
        };
        SignedLetterDto: {
            id: string;
            signerId: string;
            counterpartyId: string | null;
            unitId: string;
            /** @enum {string} */
            status: "pending" | "signed" | "overdue" | "unsigned";
        };
        SeverityCountsDto: {
            /** @enum {string} */
            severity: "general" | "major";
            open: number;
            /** @description A deadline has passed and the hazard is not closed */
            overdue: number;
            closed: number;
            medianHoursToRectify: number | null;
        };
        PlanTypeStatusDto: {
            /** @enum {string} */
            type: "flood" | "fire" | "theft" | "network_security" | "exhibition_evacuation" | "records_rescue";
            plans: number;
            /** @description Plans past their review date */
            pastReview: number;
            drillsHeld: number;
            drillsRequired: number;
            drillsMissed: number;
        };
        PreparednessDto: {
            year: number;
            plans: components["schemas"]["PlanTypeStatusDto"][];
            /** @description Drills the year still lacks against the policy, over all plan types */
            drillsShort: number;
            /** @description Check-ins missed on duty shifts in the year (late ones included) */
            missedCheckIns: number;
        };
        ScorecardDto: {
            unitId: string;
            unitName: string;
            /** Format: date-time */
            asOf: string;
            hazards: components["schemas"]["SeverityCountsDto"][];
            escalations: number;
            lapsedDecisions: number;
            /** @description Posts of the unit found empty on a hazard’s chain */
            vacantPosts: number;
            yellowCards: Record<string, never>[];
            sanctionsInForce: Record<string, never>[];
            /** @description Omissions (漏报) found by supervision */
            omissions: number;
            campaignsNotSubmitted: number;
            lateIncidentReports: number;
            /** @description Contingency plans and drills (预案、演练) by type, and missed duty check-ins, in the year */
            preparedness: components["schemas"]["PreparednessDto"];
            /** @description Circulated criticism (通报批评) */
            criticisms: Record<string, never>[];
            /** @description Commendations (表彰) */
            commendations: Record<string, never>[];
        };
        VetoDto: {
            /** @enum {string} */
            kind: "sanction_for_major" | "yellow_card";
            id: string;
            detail: string;
        };
        AssessmentDto: {
            unitId: string;
            year: number;
            /**
             * @description fail on any one-vote veto (一票否决)
             * @enum {string}
             */
            result: "pass" | "fail";
            vetoes: components["schemas"]["VetoDto"][];
            /** @description Contingency plans and drills (预案、演练) by type, and missed duty check-ins, in the year */
            preparedness: components["schemas"]["PreparednessDto"];
            /** @description Circulated criticism (通报批评) in the year; not a veto */
            criticisms: Record<string, never>[];
            /** @description Commendations (表彰) for the year */
            commendations: Record<string, never>[];
        };
        SanctionDto: {
            id: string;
            reviewId: string;
            unitId: string;
            /** @enum {string} */
            kind: "warning" | "demerit" | "major_demerit" | "demotion" | "removal" | "dismissal";
            /** Format: date-time */
            startsAt: string;
            /**
             * Format: date-time
             * @description Null for dismissal, which has no end
             */
            endsAt: string | null;
            /**
             * Format: date-time
             * @description When its end was recorded (sanction_ended)
             */
            endRecordedAt: string | null;
            decidedBy: string;
            /** @example upheld */
            appealStatus: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            inForce: boolean;
        };
        PersonSanctionsDto: {
            personId: string;
            personName: string;
            inForce: components["schemas"]["SanctionDto"][];
            past: components["schemas"]["SanctionDto"][];
        };
        CirculateCriticismDto: {
            /**
             * @description The year of the assessment the criticism belongs to
             * @example 2026
             */
            year: number;
            /** @description Why the unit is criticised (通报批评), as circulated */
            reason: string;
            /** @description The unit’s hazards behind the criticism */
            hazardIds?: string[];
        };
        UnitOutcomeDto: {
            /** @description Its place in the unit’s event stream */
            sequence: number;
            /** @enum {string} */
            type: "criticism_circulated" | "unit_commended";
            actorId: string;
            actorName: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description Year, reason and (criticism) the hazards behind it, or (commendation) the lapses checked */
            payload: Record<string, never>;
        };
        CommendUnitDto: {
            /**
             * @description The year commended; the unit’s record must hold no lapse in it (to date, for the current year)
             * @example 2026
             */
            year: number;
            /** @description What the commendation (表彰) says */
            reason: string;
        };
        CheckpointHeadDto: {
            /** Format: uuid */
            hazardId: string;
            sequence: number;
            /** @description sha256 of the event, hex */
            hash: string;
        };
        CheckpointFileDto: {
            /** @enum {number} */
            version: 1;
            /**
             * Format: date-time
             * @example 2026-12-02T08:00:00.000Z
             */
            issuedAt: string;
            /** @description Who it was issued to */
            issuedTo: string;
            heads: components["schemas"]["CheckpointHeadDto"][];
            /** @description sha256 of the canonical JSON of version, issuedAt, issuedTo and heads, hex */
            digest: string;
            /** @description Ed25519 signature of the digest, base64 */
            signature: string;
            /** @description The signing public key (SPKI DER), base64 */
            publicKey: string;
        };
        StoredCheckpointDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            issuedAt: string;
            heads: number;
        };
        RewrittenHeadDto: {
            /** Format: uuid */
            hazardId: string;
            sequence: number;
            reason: string;
        };
        CheckpointVerdictDto: {
            /**
             * @description Heads are only checked from a file this deployment signed, unchanged
             * @enum {string}
             */
            signature: "valid" | "invalid" | "other_key";
            /** Format: date-time */
            issuedAt: string;
            /** @description Heads in the file */
            heads: number;
            /** @description Heads of your units checked against the database */
            checked: number;
            /** @description Heads outside your units: counted, neither checked nor disclosed */
            outside: number;
            intact: number;
            rewritten: components["schemas"]["RewrittenHeadDto"][];
        };
        FailedDeliveryDto: {
            id: string;
            notificationId: string;
            /** @enum {string} */
            channel: "email" | "wecom" | "dingtalk";
            address: string;
            attempts: number;
            lastError: string | null;
            recipientId: string;
            recipientName: string;
            unitId: string;
            /** @enum {string} */
            kind: "accountability_review" | "appeal_decided" | "appeal_decision_due" | "appeal_lapsed" | "assigned" | "campaign_escalated" | "campaign_not_submitted" | "campaign_reminder" | "closed" | "criticism_circulated" | "deadline_approaching" | "decision_due" | "decision_lapsed" | "escalated_from_you" | "escalated_to_you" | "incident_forward_overdue" | "incident_report_late" | "incident_reported" | "intake_failed" | "letter_overdue" | "letter_overdue_escalated" | "letter_reminder" | "letter_signed" | "letter_to_sign" | "letter_unsigned" | "major_hazard_reported" | "plan_submitted" | "post_vacant" | "request_decided" | "request_expired" | "review_appeal_window" | "review_decided" | "review_decision_due" | "review_decision_lapsed" | "review_referred" | "review_statement" | "review_statement_invited" | "sanction_ended" | "supervision_deadline_missed" | "supervision_lifted" | "supervision_opened" | "supervision_progress_reported" | "supervision_report_missed" | "supervision_terms_lapsed" | "supervision_terms_set" | "unit_commended" | "verification_due" | "verification_failed" | "warning_issued" | "warning_escalated" | "warning_lifted" | "shift_assigned" | "shift_check_in_missed" | "shift_check_in_escalated" | "shift_handover_missing" | "shift_swap_requested" | "shift_swap_accepted" | "shift_swap_decided" | "shift_leader_on_duty" | "plan_review_due" | "plan_review_overdue" | "plan_review_escalated" | "drill_missed" | "risk_assessment_due" | "risk_assessment_missed" | "statistics_due" | "statistics_forwarded" | "statistics_late" | "yellow_card";
            /** Format: date-time */
            createdAt: string;
        };
        FailedDeliveryPageDto: {
            items: components["schemas"]["FailedDeliveryDto"][];
            nextCursor: string | null;
        };
        NoticeSubjectDto: {
            /** @enum {string} */
            type: "hazard" | "review" | "incident" | "campaign" | "signing" | "unit" | "warning" | "shift" | "plan" | "statistics";
            id: string;
            /** @description The console page it opens */
            link: string;
        };
        NoticeDto: {
            id: string;
            /** @enum {string} */
            kind: "accountability_review" | "appeal_decided" | "appeal_decision_due" | "appeal_lapsed" | "assigned" | "campaign_escalated" | "campaign_not_submitted" | "campaign_reminder" | "closed" | "criticism_circulated" | "deadline_approaching" | "decision_due" | "decision_lapsed" | "escalated_from_you" | "escalated_to_you" | "incident_forward_overdue" | "incident_report_late" | "incident_reported" | "intake_failed" | "letter_overdue" | "letter_overdue_escalated" | "letter_reminder" | "letter_signed" | "letter_to_sign" | "letter_unsigned" | "major_hazard_reported" | "plan_submitted" | "post_vacant" | "request_decided" | "request_expired" | "review_appeal_window" | "review_decided" | "review_decision_due" | "review_decision_lapsed" | "review_referred" | "review_statement" | "review_statement_invited" | "sanction_ended" | "supervision_deadline_missed" | "supervision_lifted" | "supervision_opened" | "supervision_progress_reported" | "supervision_report_missed" | "supervision_terms_lapsed" | "supervision_terms_set" | "unit_commended" | "verification_due" | "verification_failed" | "warning_issued" | "warning_escalated" | "warning_lifted" | "shift_assigned" | "shift_check_in_missed" | "shift_check_in_escalated" | "shift_handover_missing" | "shift_swap_requested" | "shift_swap_accepted" | "shift_swap_decided" | "shift_leader_on_duty" | "plan_review_due" | "plan_review_overdue" | "plan_review_escalated" | "drill_missed" | "risk_assessment_due" | "risk_assessment_missed" | "statistics_due" | "statistics_forwarded" | "statistics_late" | "yellow_card";
            /** @example 【超期预警】 */
            tag: string;
            /** @example 【超期预警】东县档案馆 · 二号库房漏水 · 签收期限 12月3日 10:00（2 小时后） */
            subject: string;
            body: string;
            about: components["schemas"]["NoticeSubjectDto"];
            /** @description Whom the recipient acts for (职务代理), on an acting person’s copy */
            actingFor: string | null;
            read: boolean;
            /** @description Channels it could not be sent through: the console says so */
            undelivered: ("email" | "wecom" | "dingtalk")[];
            /** Format: date-time */
            createdAt: string;
        };
        FeedPageDto: {
            items: components["schemas"]["NoticeDto"][];
            unread: number;
            /** @description Pass as cursor for the next page */
            nextCursor: string | null;
        };
        MarkReadDto: {
            /** @description The notices to mark read (ids from the feed) */
            ids?: string[];
            /** @description true: mark every notice read */
            all?: boolean;
        };
        MarkedReadDto: {
            /** @description How many notices became read */
            marked: number;
            /** @description Notices still unread */
            unread: number;
        };
        FieldProblem: {
            /** @example title */
            field: string;
            /** @example title must be shorter than or equal to 200 characters */
            reason: string;
            /**
             * @description The rule broken (class-validator’s name for it, or notFound, future, fileType, invalid …): a console words the reason from it
             * @example maxLength
             */
            code: string;
            /**
             * @description The rule’s parameters: limit, min and max, values
             * @example {
             *       "limit": 200
             *     }
             */
            params?: {
                [key: string]: unknown;
            };
        };
        /** @description RFC 9457 problem details */
        ProblemDetails: {
            /**
             * Format: uri
             * @example https://dutychain.dev/problems/invalid-input
             */
            type: string;
            /** @example Invalid input */
            title: string;
            /** @example 422 */
            status: number;
            detail: string;
            instance?: string;
            errors?: components["schemas"]["FieldProblem"][];
        } & {
            [key: string]: unknown;
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
    DevAuthController_people: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everyone of the org with their posts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"][];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DevAuthController_devToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevTokenDto"];
            };
        };
        responses: {
            /** @description A signed token for the person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenResponseDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unknown person */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person, their posts and visible units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActingController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, each saying whether it is in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActingListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such person, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActingController_name: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NameActingDto"];
            };
        };
        responses: {
            /** @description The appointment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActingAppointmentDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Neither the person nor a principal of their unit or above */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such person, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The person already has an acting person for part of the period */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid field (named in errors): the acting person must be of the same unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActingController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                appointmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment, with when and by whom it ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActingAppointmentDto"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed for this person */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such person or appointment, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description It had already ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitPeopleController_people: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit’s post holders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPeopleDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_list: {
        parameters: {
            query?: {
                unitId?: string;
                status?: "reported" | "unassigned" | "assigned" | "acknowledged" | "planned" | "rectified" | "rework" | "closed" | "intake_failed";
                severity?: "general" | "major";
                /** @description true: only open hazards whose current deadline has passed */
                overdue?: "true" | "false";
                /** @description Only hazards this person holds now */
                responsiblePersonId?: string;
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of hazards, with nextCursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardPageDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description unitId names a unit outside your units */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key returns the same hazard */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportHazardDto"];
                "multipart/form-data": {
                    /** @description The report, as the JSON body (ReportHazardDto) would carry it */
                    report: string;
                    /** @description Photos and scans: JPEG, PNG, HEIC or PDF, told by content */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description Already reported under this Idempotency-Key or externalRef */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportedHazardDto"];
                };
            };
            /** @description Reported; the workflow has started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportedHazardDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The unit is outside your units */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid report: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Database or Temporal unavailable; nothing stored */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per unit and severity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStatsDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hazard (live is null, with the reason, when its workflow does not answer in time) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardDetailDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events with their hashes, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_verifyTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict: valid, the first broken link, and the workflow’s witness of the head */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerdictDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_acknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_submitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitPlanDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_requestExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExtensionDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_requestEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestEscalationDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_submitRectification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRectificationDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HazardsController_migratePolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyMigrationDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SupervisionController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListForSupervisionDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SupervisionController_terms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupervisionTermsDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SupervisionController_progress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating the same key (same person) returns the first result and acts once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressReportDto"];
            };
        };
        responses: {
            /** @description Done; the hazard’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Missing, expired, badly signed or unknown-person token
             *
             *     No acting person
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This person may not take this action (reason in detail) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the hazard’s current state (reason in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard or file, or a hazard outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AttachmentsController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description JPEG, PNG, HEIC or PDF, told by content */
                    files: string[];
                };
            };
        };
        responses: {
            /** @description Stored and recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentListDto"];
                };
            };
            /** @description The upload broke off; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Neither the reporter nor anyone the hazard involves */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard or file, or a hazard outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The hazard is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A file, or the hazard’s files together, over the limit; nothing was stored */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No file, or a file of a type not accepted (field and reason in errors); nothing was stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AttachmentsController_file: {
        parameters: {
            query?: {
                download?: "1";
            };
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/heic": string;
                    "image/heif": string;
                    "application/pdf": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard or file, or a hazard outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AttachmentsController_thumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard or file, or a hazard outside your units (the two are not told apart); or the file is no photo */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WorkController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoliciesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each policy with its newest version number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyNameDto"][];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoliciesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such policy or version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoliciesController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        /** @description The policy document (durations are ISO-8601, e.g. P3D or PT30S) */
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description The stored version (its number) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Only the principal of a top-level unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid document: each field and reason in `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoliciesController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersionDto"][];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such policy */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApprovalsController_inbox: {
        parameters: {
            query?: {
                /** @description Present for readability (`?mine`): the inbox is always the signed-in person’s */
                mine?: "" | "true";
                status?: "pending" | "approved" | "rejected" | "expired";
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requests, with nextCursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPageDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountabilityController_list: {
        parameters: {
            query?: {
                unitId?: string;
                status?: "open" | "statements" | "deciding" | "appeals" | "decided" | "no_sanctions" | "preparation_failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reviews, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountabilityController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenReviewDto"];
            };
        };
        responses: {
            /** @description The hazard or incident already has its review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedReviewDto"];
                };
            };
            /** @description Opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedReviewDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal of a unit above it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such hazard or incident, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Neither or both of hazardId and incidentId, or another invalid field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountabilityController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such review */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountabilityController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideProposalDto"];
            };
        };
        responses: {
            /** @description Decided; the review’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the authority the review waits for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already decided, or the statement window is still open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid decision (field and reason in errors/detail) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountabilityController_addFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFindingDto"];
            };
        };
        responses: {
            /** @description Added; the review’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the authority the review waits for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The review is not open for findings, or the person’s proposal is already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid finding (field and reason in errors/detail) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountabilityController_appeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealDto"];
            };
        };
        responses: {
            /** @description Appealed; the review’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the person sanctioned, or nobody above the decider to hear it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The window is closed or not yet open, or the sanction was already appealed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountabilityController_decideAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAppealDto"];
            };
        };
        responses: {
            /** @description Decided; the review’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the authority the appeal was made to */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The appeal was already decided or has lapsed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountabilityController_statement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementDto"];
            };
        };
        responses: {
            /** @description Recorded; the review’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No proposal concerns this person */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The window has closed, or a statement is already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IncidentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incidents, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IncidentsController_report: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportIncidentDto"];
            };
        };
        responses: {
            /** @description Already reported under this Idempotency-Key: the first report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"];
                };
            };
            /** @description Reported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The unit is outside your units */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid report (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IncidentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IncidentsController_forward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardIncidentDto"];
            };
        };
        responses: {
            /** @description Forwarded; the incident’s new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the level holding the report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The report is not waiting at a forwarding level */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaigns, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CampaignsController_start: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCampaignDto"];
            };
        };
        responses: {
            /** @description Already started under this Idempotency-Key: the first campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Started: one self-inspection per unit in scope */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the issuing unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid campaign (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such campaign, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CampaignsController_report: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                /** @description CSV for a person to read, in this language (names, item texts, Beijing time); without it, the CSV for machines (ids, ISO times) */
                lang?: "zh" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (JSON, or CSV with format=csv) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignReportDto"];
                    "text/csv": components["schemas"]["CampaignReportDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The deadline has not come yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CampaignsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitInspectionDto"];
            };
        };
        responses: {
            /** @description Recorded; the unit’s submission and the hazards it opened */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignUnitStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy, the safety officer or a department head of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing by that id, or something outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The campaign has closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Results do not match the checklist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulesController_create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleDto"];
            };
        };
        responses: {
            /** @description Already created under this Idempotency-Key: the first schedule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description Created; Temporal starts its runs */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the unit (the principal alone for a letter round) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid schedule (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such schedule, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulesController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeScheduleDto"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the unit (the principal alone for a letter round) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such schedule, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid change (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleHistoryDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such schedule, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulesController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleNoteDto"];
            };
        };
        responses: {
            /** @description Paused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the unit (the principal alone for a letter round) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such schedule, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already paused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulesController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleNoteDto"];
            };
        };
        responses: {
            /** @description Running again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the unit (the principal alone for a letter round) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such schedule, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not paused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulesController_trigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleNoteDto"];
            };
        };
        responses: {
            /** @description Asked of Temporal; the run shows in recentRuns (or in skippedRuns) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the unit (the principal alone for a letter round) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such schedule, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WarningsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The warnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarningListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WarningsController_issue: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueWarningDto"];
            };
        };
        responses: {
            /** @description Already issued under this Idempotency-Key: the first warning */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarningDto"];
                };
            };
            /** @description Issued; each unit in scope is told */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarningDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the issuing unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid warning (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WarningsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The warning */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarningDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such warning, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WarningsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmMeasuresDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarningStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy, the safety officer or a department head of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such warning, or the unit is not in its scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already confirmed, or the warning has been lifted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Results do not match the measures */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WarningsController_lift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiftWarningDto"];
            };
        };
        responses: {
            /** @description Lifted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarningStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the issuing unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such warning, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already lifted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_list: {
        parameters: {
            query?: {
                /** @description Default: now */
                from?: string;
                /** @description Default: seven days after from */
                to?: string;
            };
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shifts, by start */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid period */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishShiftsDto"];
            };
        };
        responses: {
            /** @description Published; each shift is watched from now on */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftListDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid or overlapping shifts (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_today: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Today’s shifts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Checked in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftStateDto"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the person on duty */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such shift, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already checked in, too early, or the shift is over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_handover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoverDto"];
            };
        };
        responses: {
            /** @description Filed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the person on duty */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such shift, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not checked in, already filed, or past its grace */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No log */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_requestSwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestSwapDto"];
            };
        };
        responses: {
            /** @description Asked; they are told */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the person on duty */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such shift, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The shift has started, or a swap is under way */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The person asked holds no post in the unit, or is already on duty for it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_answerSwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerSwapDto"];
            };
        };
        responses: {
            /** @description Answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the person asked */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such shift, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No swap waits for an answer, or the shift has started */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_decideSwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideSwapDto"];
            };
        };
        responses: {
            /** @description Decided; both are told */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the safety officer of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such shift, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No accepted swap waits, or the shift has started */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RiskController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRiskTemplateDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RiskController_unitTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template in force for the unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRiskTemplateDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RiskController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadRiskTemplateDto"];
            };
        };
        responses: {
            /** @description The template now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRiskTemplateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal of this unit, or the unit is not a top-level unit (province) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A field is missing or wrong, or an id repeats (the path of the repeat in errors[].field); nothing is stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RiskController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskAssessmentListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RiskController_assess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessRiskDto"];
            };
        };
        responses: {
            /** @description Recorded; its hazards open a moment later */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskAssessmentDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal or the safety officer of the unit or of a unit above it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Results do not match the template (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PlansController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContingencyPlanListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PlansController_register: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPlanDto"];
            };
        };
        responses: {
            /** @description Already registered under this Idempotency-Key: the first plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContingencyPlanDto"];
                };
            };
            /** @description Registered; its review is watched from now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContingencyPlanDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid plan (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContingencyPlanDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such plan, or one outside your units (the two are not told apart) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PlansController_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisePlanDto"];
            };
        };
        responses: {
            /** @description Revised */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContingencyPlanDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the plan’s owner, nor the principal, a deputy or the safety officer of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such plan, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid revision (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PlansController_planDrill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanDrillDto"];
            };
        };
        responses: {
            /** @description Planned; the plan with its drills */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContingencyPlanDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the plan’s owner, nor the principal, a deputy or the safety officer of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid drill, e.g. a plan of another unit (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PlansController_recordDrill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDrillDto"];
            };
        };
        responses: {
            /** @description Recorded; the plan with its drills (hazards open a moment later) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContingencyPlanDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the plan’s owner, nor the principal, a deputy or the safety officer of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description That drill is already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid record, e.g. a plan of another unit (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StatisticsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsReportListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StatisticsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsReportDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such report, or none of its units is yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StatisticsController_export: {
        parameters: {
            query?: {
                /** @description xlsx (the figures to work with) or pdf (to sign and send up) */
                format?: "xlsx" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such report, or none of its units is yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An unknown format */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PDF: the CJK font (PDF_FONT_PATH) is not installed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StatisticsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmStatisticsDto"];
            };
        };
        responses: {
            /** @description Confirmed and sent up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsStateDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal, a deputy or the safety officer of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such report, or the unit is not in it or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already confirmed, or units below it have not reported yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LedgerController_page: {
        parameters: {
            query?: {
                /** @description Words in the title, description or location (Chinese or English) */
                q?: string;
                /** @description Only this unit and the units below it (default: every unit you may see) */
                unitId?: string;
                category?: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
                severity?: "general" | "major";
                status?: "reported" | "unassigned" | "assigned" | "acknowledged" | "planned" | "rectified" | "rework" | "closed" | "intake_failed";
                source?: "self_inspection" | "supervision" | "report" | "sensor";
                overdue?: "true" | "false";
                /** @description Discovered at or after */
                discoveredFrom?: string;
                /** @description Discovered before */
                discoveredTo?: string;
                /** @description Only hazards this person holds now */
                holderId?: string;
                sort?: "discoveredAt" | "deadline" | "severity" | "unit" | "status";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page and the total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPageDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not a principal, deputy or safety officer, or the unit is outside yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A filter is wrong (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LedgerController_export: {
        parameters: {
            query: {
                /** @description Words in the title, description or location (Chinese or English) */
                q?: string;
                /** @description Only this unit and the units below it (default: every unit you may see) */
                unitId?: string;
                category?: "natural_disaster" | "fire" | "water" | "theft" | "light" | "dust" | "pests" | "climate" | "building" | "visitors" | "confidentiality" | "network" | "backup" | "digitisation" | "funds";
                severity?: "general" | "major";
                status?: "reported" | "unassigned" | "assigned" | "acknowledged" | "planned" | "rectified" | "rework" | "closed" | "intake_failed";
                source?: "self_inspection" | "supervision" | "report" | "sensor";
                overdue?: "true" | "false";
                /** @description Discovered at or after */
                discoveredFrom?: string;
                /** @description Discovered before */
                discoveredTo?: string;
                /** @description Only hazards this person holds now */
                holderId?: string;
                sort?: "discoveredAt" | "deadline" | "severity" | "unit" | "status";
                order?: "asc" | "desc";
                format: "xlsx" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not a principal, deputy or safety officer, or the unit is outside yours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A filter or the format is wrong (field and reason in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LettersController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartSigningDto"];
            };
        };
        responses: {
            /** @description Letters prepared and sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningStartedDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the unit’s principal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description That year’s letters were already sent */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LettersController_list: {
        parameters: {
            query?: {
                unitId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterListDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description unitId names a unit outside your units */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LettersController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed; the letter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedLetterDto"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the person the letter names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such letter, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already signed, or the signing has closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_scorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scorecard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The unit is outside your units */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_assessment: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment: passed, and each veto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The unit is outside your units */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SanctionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sanctions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonSanctionsDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such person, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitOutcomesController_criticise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CirculateCriticismDto"];
            };
        };
        responses: {
            /** @description Recorded in the unit’s stream; the unit’s principal is notified */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitOutcomeDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal of a unit above it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid field (named in errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitOutcomesController_commend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommendUnitDto"];
            };
        };
        responses: {
            /** @description Recorded in the unit’s stream with the lapses checked (all zero); the unit’s principal is notified */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitOutcomeDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal of a unit above it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already commended for that year */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The unit has lapses in the year (counted in detail), or an invalid field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_checkpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint file: heads, their digest, the signature and the public key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointFileDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No signing key is configured (AUDIT_SIGNING_KEY) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_daily: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description id, issuedAt and the number of heads of each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredCheckpointDto"][];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal of a top-level unit (the daily checkpoints cover every unit) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_dailyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointFileDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not the principal of a top-level unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such checkpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The id is not a checkpoint id (UUID) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckpointFileDto"];
            };
        };
        responses: {
            /** @description signature valid|invalid|other_key; heads checked, intact, rewritten (with the reason), and outside your units (not disclosed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointVerdictDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not a checkpoint file (the field is named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No signing key is configured (AUDIT_SIGNING_KEY) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationsController_failedDeliveries: {
        parameters: {
            query: {
                /** @description Deliveries given up after the policy’s attempts */
                status: "failed";
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of failed deliveries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedDeliveryPageDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not a principal, deputy or safety officer of any unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description true: only notices not yet read */
                unread?: "true" | "false";
                /** @description Only notices of this kind */
                kind?: "accountability_review" | "appeal_decided" | "appeal_decision_due" | "appeal_lapsed" | "assigned" | "campaign_escalated" | "campaign_not_submitted" | "campaign_reminder" | "closed" | "criticism_circulated" | "deadline_approaching" | "decision_due" | "decision_lapsed" | "escalated_from_you" | "escalated_to_you" | "incident_forward_overdue" | "incident_report_late" | "incident_reported" | "intake_failed" | "letter_overdue" | "letter_overdue_escalated" | "letter_reminder" | "letter_signed" | "letter_to_sign" | "letter_unsigned" | "major_hazard_reported" | "plan_submitted" | "post_vacant" | "request_decided" | "request_expired" | "review_appeal_window" | "review_decided" | "review_decision_due" | "review_decision_lapsed" | "review_referred" | "review_statement" | "review_statement_invited" | "sanction_ended" | "supervision_deadline_missed" | "supervision_lifted" | "supervision_opened" | "supervision_progress_reported" | "supervision_report_missed" | "supervision_terms_lapsed" | "supervision_terms_set" | "unit_commended" | "verification_due" | "verification_failed" | "warning_issued" | "warning_escalated" | "warning_lifted" | "shift_assigned" | "shift_check_in_missed" | "shift_check_in_escalated" | "shift_handover_missing" | "shift_swap_requested" | "shift_swap_accepted" | "shift_swap_decided" | "shift_leader_on_duty" | "plan_review_due" | "plan_review_overdue" | "plan_review_escalated" | "drill_missed" | "risk_assessment_due" | "risk_assessment_missed" | "statistics_due" | "statistics_forwarded" | "statistics_late" | "yellow_card";
                /** @description Language of the text; by default from Accept-Language, else Chinese */
                lang?: "zh" | "en";
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of notices, the unread count and nextCursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPageDto"];
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadDto"];
            };
        };
        responses: {
            /** @description How many became read, and how many are still unread */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadDto"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Some of the ids are not the signed-in person’s notices */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationsController_stream: {
        parameters: {
            query?: {
                lang?: "zh" | "en";
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream that stays open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired, badly signed or unknown-person token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input: each bad field is named in errors, with the reason; nothing was changed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the workflow service cannot be reached; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag still holds */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this person (or address, before sign-in); Retry-After says when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
