using Grpc.Core;
using LandPlatform.IntegrationContracts.Credit;

namespace LandPlatform.Admission.Tests.Support;

/// <summary>The stand-in's <c>CreditCheck</c> implementation: answers from <see cref="StandInCreditOffice.Answers"/>.</summary>
internal sealed class StandInCreditCheck(StandInCreditOffice office) : CreditCheck.CreditCheckBase
{
    public override async Task<CheckResponse> Check(CheckRequest request, ServerCallContext context)
    {
        office.CallerTokens.Enqueue(context.RequestHeaders.GetValue("authorization"));
        office.AskedCodes.Enqueue(request.Uscc);
        if (office.Gate is { } gate)
        {
            await gate.Task.WaitAsync(context.CancellationToken);
        }

        if (office.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(office.Delay, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                office.CallAbandoned.TrySetResult();
                throw;
            }
        }

        return office.Answers.TryGetValue(request.Uscc, out var answer)
            ? answer
            : new CheckResponse { Uscc = request.Uscc, Blacklisted = false };
    }
}
