using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.ServiceDefaults.Security;
using Proto = LandPlatform.IntegrationContracts.Credit;

namespace LandPlatform.Credit.Api;

/// <summary>
/// <c>landplatform.credit.v1.CreditCheck</c>: the question admission and contracts ask before supplying
/// land. Answers from index lookups only (the file by key, related files by controlled code and by the
/// legal representative's ID number, listings by code and status).
/// </summary>
public sealed class CreditCheckGrpc(CreditDbContext db, TimeProvider clock) : CreditCheck.CreditCheckBase
{
    public override async Task<CheckResponse> Check(CheckRequest request, ServerCallContext context)
    {
        if (!UnifiedSocialCreditCode.TryParse(request.Uscc, out var code, out var error))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"uscc {error}"));
        }

        var (_, status) = await CreditFile.StatusAsync(db, code, clock.GetUtcNow(), context.CancellationToken);
        var response = new CheckResponse
        {
            Uscc = status.Uscc,
            // v1 meaning kept: only an effective listing of the enterprise itself, within its period, bars land.
            Blacklisted = status.Standing == Domain.CreditStanding.Listed,
            Status = status.Standing switch
            {
                Domain.CreditStanding.Listed => Proto.CreditStanding.Listed,
                Domain.CreditStanding.Noticed => Proto.CreditStanding.Noticed,
                _ => Proto.CreditStanding.Clear,
            },
        };
        response.Listings.AddRange(status.EffectiveListings.Select(ToProto));
        response.PendingNotices.AddRange(status.PendingNotices.Select(ToProto));
        response.RelatedSubjectHits.AddRange(status.RelatedSubjectHits.Select(h => new Proto.RelatedSubjectHit
        {
            RelatedUscc = h.RelatedUscc,
            Relation = h.Relation switch
            {
                Domain.SubjectRelation.SameLegalRepresentative => Proto.SubjectRelation.SameLegalRepresentative,
                Domain.SubjectRelation.ControlledByTheEnterprise => Proto.SubjectRelation.ControlledByTheEnterprise,
                _ => Proto.SubjectRelation.ControlsTheEnterprise,
            },
            Listing = ToProto(h.Listing),
        }));
        return response;
    }

    private static Proto.Listing ToProto(ListingSummary s)
    {
        var listing = new Proto.Listing
        {
            ListingId = s.ListingId.ToString(),
            Reason = s.Reason.ToString(),
            EnterpriseName = s.EnterpriseName,
            Uscc = s.Uscc,
            Status = s.Status.ToString(),
            Document = new Proto.LegalDocument
            {
                Type = s.Document.Type,
                Number = s.Document.Number,
                Date = s.Document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            NoticedAt = Timestamp.FromDateTimeOffset(s.NoticedAt),
            LastDayToObject = s.LastDayToObject.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (s.EffectiveFrom is { } from)
        {
            listing.ListedAt = Timestamp.FromDateTimeOffset(from);
        }

        if (s.PeriodEndsAt is { } end)
        {
            listing.PeriodEndsAt = Timestamp.FromDateTimeOffset(end);
        }

        return listing;
    }
}
