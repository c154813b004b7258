CREATE TABLE "applications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_applications" PRIMARY KEY,
    "EnterpriseName" TEXT NOT NULL,
    "Uscc" TEXT NOT NULL,
    "Industry" TEXT NOT NULL,
    "RequestedLandAreaM2" TEXT NOT NULL,
    "PolicyPackId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RefusalReason" TEXT NULL,
    "SubmittedAt" TEXT NOT NULL
);


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


CREATE TABLE "InboxMessages" (
    "MessageId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "ProcessedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_InboxMessages" PRIMARY KEY ("MessageId", "Consumer")
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


CREATE INDEX "IX_applications_Uscc" ON "applications" ("Uscc");


CREATE INDEX "IX_audit_records_person_id" ON "audit_records" ("person_id");


CREATE INDEX "IX_audit_records_recorded_at" ON "audit_records" ("recorded_at");


CREATE INDEX "IX_audit_records_resource_type_resource_id" ON "audit_records" ("resource_type", "resource_id");


CREATE UNIQUE INDEX "IX_audit_records_sequence" ON "audit_records" ("sequence");


CREATE UNIQUE INDEX "IX_OutboxMessages_MessageId" ON "OutboxMessages" ("MessageId");


CREATE INDEX "IX_OutboxMessages_SentAt_ParkedAt_Id" ON "OutboxMessages" ("SentAt", "ParkedAt", "Id");
