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


CREATE TABLE "quotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_quotes" PRIMARY KEY,
    "PolicyPackId" TEXT NOT NULL,
    "ValuationDate" TEXT NOT NULL,
    "TotalPrice" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "UnitBasis" TEXT NOT NULL,
    "InputJson" TEXT NOT NULL,
    "StepsJson" TEXT NOT NULL,
    "WarningsJson" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);


CREATE TABLE "reserve_prices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_reserve_prices" PRIMARY KEY,
    "QuoteId" TEXT NOT NULL,
    "ApplicationId" TEXT NOT NULL,
    "ParcelCode" TEXT NOT NULL,
    "PolicyPackId" TEXT NOT NULL,
    "TotalReservePrice" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "UnitBasis" TEXT NOT NULL,
    "FixedAt" TEXT NOT NULL,
    "FixedBy" TEXT NOT NULL,
    CONSTRAINT "FK_reserve_prices_quotes_QuoteId" FOREIGN KEY ("QuoteId") REFERENCES "quotes" ("Id") ON DELETE RESTRICT
);


CREATE INDEX "IX_audit_records_person_id" ON "audit_records" ("person_id");


CREATE INDEX "IX_audit_records_recorded_at" ON "audit_records" ("recorded_at");


CREATE INDEX "IX_audit_records_resource_type_resource_id" ON "audit_records" ("resource_type", "resource_id");


CREATE UNIQUE INDEX "IX_audit_records_sequence" ON "audit_records" ("sequence");


CREATE UNIQUE INDEX "IX_OutboxMessages_MessageId" ON "OutboxMessages" ("MessageId");


CREATE INDEX "IX_OutboxMessages_SentAt_ParkedAt_Id" ON "OutboxMessages" ("SentAt", "ParkedAt", "Id");


CREATE UNIQUE INDEX "IX_reserve_prices_ApplicationId_ParcelCode" ON "reserve_prices" ("ApplicationId", "ParcelCode");


CREATE UNIQUE INDEX "IX_reserve_prices_QuoteId" ON "reserve_prices" ("QuoteId");
