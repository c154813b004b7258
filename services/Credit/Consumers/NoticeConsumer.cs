using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.Messaging.Inbox;
using MassTransit;

namespace LandPlatform.Credit.Consumers;

/// <summary>
/// The shared shape of the four event consumers: the inbox (IdempotentConsumer) drops a redelivered
/// message; the message is mapped to the domain's <see cref="TriggeringEvent"/>; <see cref="NoticeFromEvents"/>
/// opens at most one notice per source event. A message that cannot be mapped (bad code, unknown cause)
/// opens nothing and is not retried: retrying cannot repair it.
/// </summary>
internal abstract partial class NoticeConsumer<TMessage>(CreditDbContext db, NoticeFromEvents notices, ILogger logger)
    : IdempotentConsumer<TMessage, CreditDbContext>(db, logger)
    where TMessage : class
{
    private readonly ILogger _logger = logger;
    private Guid? _opened;

    protected abstract string Uscc(TMessage message);

    protected abstract string? EnterpriseName(TMessage message);

    /// <summary>The domain's view of the event, or null (with the reason) when it cannot be one.</summary>
    protected abstract TriggeringEvent? ToTrigger(TMessage message, UnifiedSocialCreditCode uscc, out string? whyNot);

    protected override async Task HandleAsync(TMessage message, CreditDbContext db, ConsumeContext<TMessage> context)
    {
        if (!UnifiedSocialCreditCode.TryParse(Uscc(message), out var code, out var error))
        {
            LogUnusable(_logger, typeof(TMessage).Name, $"uscc {error}");
            return;
        }

        if (ToTrigger(message, code, out var whyNot) is not { } trigger)
        {
            LogUnusable(_logger, typeof(TMessage).Name, whyNot ?? "not mappable");
            return;
        }

        _opened = (await notices.OpenAsync(trigger, EnterpriseName(message), context.CancellationToken))?.Id;
    }

    protected override (string Type, string Id)? AuditedResource(TMessage message) =>
        _opened is { } id ? ("listing", id.ToString()) : ("enterprise", Uscc(message));

    protected static LegalDocument? Document(string? type, string? number, DateOnly? date) =>
        type is null || number is null || date is null ? null : new LegalDocument(type, number, date.Value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageType} cannot open a notice: {Reason}")]
    private static partial void LogUnusable(ILogger logger, string messageType, string reason);
}
