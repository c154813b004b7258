CREATE TABLE "audit_records" (
    "id" TEXT NOT NULL CONSTRAINT "PK_audit_records" PRIMARY KEY,
    "sequence" INTEGER NOT NULL,
    "recorded_at" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "bureau" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "uscc" TEXT NULL,
    "calling_service" TEXT NULL,
    "operation" TEXT NOT NULL,
    "resource_type" TEXT NULL,
    "resource_id" TEXT NULL,
    "before_summary" TEXT NULL,
    "after_summary" TEXT NULL,
    "trace_id" TEXT NULL,
    "outcome" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "previous_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);


CREATE TABLE "enterprises" (
    "Uscc" TEXT NOT NULL CONSTRAINT "PK_enterprises" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "OpenedBy_Id" TEXT NOT NULL,
    "OpenedBy_Name" TEXT NOT NULL
);


CREATE TABLE "InboxMessages" (
    "MessageId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "ProcessedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_InboxMessages" PRIMARY KEY ("MessageId", "Consumer")
);


CREATE TABLE "listings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_listings" PRIMARY KEY,
    "Uscc" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "LegalBasis" TEXT NOT NULL,
    "SourceEventKey" TEXT NULL,
    "PolicyPackId" TEXT NOT NULL,
    "PolicyPackVersion" INTEGER NOT NULL,
    "NoticedAt" INTEGER NOT NULL,
    "LastDayToObject" TEXT NOT NULL,
    "ObjectionPeriodEndsAt" INTEGER NOT NULL,
    "EffectiveFrom" INTEGER NULL,
    "PeriodEndsAt" INTEGER NULL,
    "Revision" INTEGER NOT NULL,
    "Delisting_At" INTEGER NULL,
    "Delisting_Kind" TEXT NULL,
    "Delisting_Reasons" TEXT NULL,
    "Delisting_DecidedBy_Id" TEXT NULL,
    "Delisting_DecidedBy_Name" TEXT NULL,
    "Document_Date" TEXT NOT NULL,
    "Document_Number" TEXT NOT NULL,
    "Document_Type" TEXT NOT NULL,
    "ListingPeriod_Clause" TEXT NOT NULL,
    "ListingPeriod_Years" INTEGER NOT NULL,
    "ObjectionPeriod_CalendarDays" INTEGER NOT NULL,
    "ObjectionPeriod_Clause" TEXT NOT NULL,
    "Source_EventId" TEXT NULL,
    "Source_EventType" TEXT NULL,
    "Source_Kind" TEXT NOT NULL,
    "Source_DecidedBy_Id" TEXT NULL,
    "Source_DecidedBy_Name" TEXT NULL
);


CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "MessageId" TEXT NOT NULL,
    "MessageType" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "TraceParent" TEXT NULL,
    "TraceState" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "NextAttemptAt" INTEGER NULL,
    "SentAt" INTEGER NULL,
    "ParkedAt" INTEGER NULL
);


CREATE TABLE "related_subjects" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_related_subjects" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "PersonName" TEXT NULL,
    "PersonIdNumber" TEXT NULL,
    "CompanyUscc" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "EndedAt" INTEGER NULL,
    "EnterpriseUscc" TEXT NOT NULL,
    "EndedBy_Id" TEXT NULL,
    "EndedBy_Name" TEXT NULL,
    "RecordedBy_Id" TEXT NOT NULL,
    "RecordedBy_Name" TEXT NOT NULL,
    CONSTRAINT "FK_related_subjects_enterprises_EnterpriseUscc" FOREIGN KEY ("EnterpriseUscc") REFERENCES "enterprises" ("Uscc") ON DELETE RESTRICT
);


CREATE TABLE "listing_evidence" (
    "RowId" INTEGER NOT NULL CONSTRAINT "PK_listing_evidence" PRIMARY KEY AUTOINCREMENT,
    "EvidenceId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "ListingId" TEXT NOT NULL,
    CONSTRAINT "FK_listing_evidence_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "listings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "listing_history" (
    "Sequence" INTEGER NOT NULL,
    "ListingId" TEXT NOT NULL,
    "Step" TEXT NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "What" TEXT NOT NULL,
    "By_Id" TEXT NOT NULL,
    "By_Name" TEXT NOT NULL,
    CONSTRAINT "PK_listing_history" PRIMARY KEY ("ListingId", "Sequence"),
    CONSTRAINT "FK_listing_history_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "listings" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "objections" (
    "ListingId" TEXT NOT NULL CONSTRAINT "PK_objections" PRIMARY KEY,
    "Grounds" TEXT NOT NULL,
    "FiledAt" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "ReviewReasons" TEXT NULL,
    "ReviewedAt" INTEGER NULL,
    "FiledBy_Id" TEXT NOT NULL,
    "FiledBy_Name" TEXT NOT NULL,
    "ReviewedBy_Id" TEXT NULL,
    "ReviewedBy_Name" TEXT NULL,
    CONSTRAINT "FK_objections_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "listings" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "objection_evidence" (
    "RowId" INTEGER NOT NULL CONSTRAINT "PK_objection_evidence" PRIMARY KEY AUTOINCREMENT,
    "EvidenceId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "ObjectionListingId" TEXT NOT NULL,
    CONSTRAINT "FK_objection_evidence_objections_ObjectionListingId" FOREIGN KEY ("ObjectionListingId") REFERENCES "objections" ("ListingId") ON DELETE CASCADE
);


CREATE INDEX "IX_audit_records_person_id" ON "audit_records" ("person_id");


CREATE INDEX "IX_audit_records_recorded_at" ON "audit_records" ("recorded_at");


CREATE INDEX "IX_audit_records_resource_type_resource_id" ON "audit_records" ("resource_type", "resource_id");


CREATE UNIQUE INDEX "IX_audit_records_sequence" ON "audit_records" ("sequence");


CREATE INDEX "IX_listing_evidence_ListingId" ON "listing_evidence" ("ListingId");


CREATE UNIQUE INDEX "IX_listings_SourceEventKey" ON "listings" ("SourceEventKey");


CREATE INDEX "IX_listings_Status_EffectiveFrom" ON "listings" ("Status", "EffectiveFrom");


CREATE INDEX "IX_listings_Status_ObjectionPeriodEndsAt" ON "listings" ("Status", "ObjectionPeriodEndsAt");


CREATE INDEX "IX_listings_Uscc_Status" ON "listings" ("Uscc", "Status");


CREATE INDEX "IX_objection_evidence_ObjectionListingId" ON "objection_evidence" ("ObjectionListingId");


CREATE UNIQUE INDEX "IX_OutboxMessages_MessageId" ON "OutboxMessages" ("MessageId");


CREATE INDEX "IX_OutboxMessages_SentAt_ParkedAt_Id" ON "OutboxMessages" ("SentAt", "ParkedAt", "Id");


CREATE INDEX "IX_related_subjects_CompanyUscc" ON "related_subjects" ("CompanyUscc");


CREATE INDEX "IX_related_subjects_EnterpriseUscc" ON "related_subjects" ("EnterpriseUscc");


CREATE INDEX "IX_related_subjects_PersonIdNumber" ON "related_subjects" ("PersonIdNumber");
