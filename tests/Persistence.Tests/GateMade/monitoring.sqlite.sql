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


CREATE TABLE "pipeline_projects" (
    "ApplicationId" TEXT NOT NULL CONSTRAINT "PK_pipeline_projects" PRIMARY KEY,
    "Uscc" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "Industry" TEXT NOT NULL,
    "RequestedLandAreaM2" TEXT NOT NULL,
    "AdmissionStatus" TEXT NOT NULL,
    "ApplicationSubmittedAt" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL
);


CREATE INDEX "IX_audit_records_person_id" ON "audit_records" ("person_id");


CREATE INDEX "IX_audit_records_recorded_at" ON "audit_records" ("recorded_at");


CREATE INDEX "IX_audit_records_resource_type_resource_id" ON "audit_records" ("resource_type", "resource_id");


CREATE UNIQUE INDEX "IX_audit_records_sequence" ON "audit_records" ("sequence");


CREATE UNIQUE INDEX "IX_OutboxMessages_MessageId" ON "OutboxMessages" ("MessageId");


CREATE INDEX "IX_OutboxMessages_SentAt_ParkedAt_Id" ON "OutboxMessages" ("SentAt", "ParkedAt", "Id");


CREATE INDEX "IX_pipeline_projects_Uscc" ON "pipeline_projects" ("Uscc");
