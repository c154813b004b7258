using LandPlatform.Pricing.Api.Contracts;
using LandPlatform.Pricing.Domain.Compensation;
using LandPlatform.Pricing.Domain.Deposits;
using LandPlatform.Pricing.Domain.LeaseThenTransfer;
using LandPlatform.Pricing.Domain.NationalMinimum;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Pricing.Api;

/// <summary>
/// The computations that store nothing: lease-then-transfer schedules, compensation on recovery, performance
/// deposits, the national minimum check. They are POST because the input is a document, but they change no
/// state, so reading pricing (<see cref="Permissions.PricingRead"/>) is enough: an auditor may recompute a
/// figure. The audit middleware still records each call.
/// </summary>
public static class CalculatorsApi
{
    public static IEndpointRouteBuilder MapCalculatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/lease-then-transfer", LeaseThenTransfer).WithTags("Lease-then-transfer").RequirePermission(Permissions.PricingRead);
        app.MapPost("/compensation", Compensation).WithTags("Compensation").RequirePermission(Permissions.PricingRead);
        app.MapPost("/deposits", Deposit).WithTags("Deposits").RequirePermission(Permissions.PricingRead);
        app.MapPost("/national-minimum-check", NationalMinimum).WithTags("National minimum").RequirePermission(Permissions.PricingRead);
        return app;
    }

    private static Results<Ok<LeaseThenTransferResponse>, ValidationProblem, ProblemHttpResult> LeaseThenTransfer(
        LeaseThenTransferRequestBody body, LeaseThenTransferCalculator calculator) =>
        PricingProblems.Respond(calculator.Schedule(body.ToDomain()), LeaseThenTransferResponse.From);

    private static Results<Ok<CompensationResponse>, ValidationProblem, ProblemHttpResult> Compensation(
        CompensationRequestBody body, CompensationCalculator calculator) =>
        PricingProblems.Respond(calculator.Compute(body.ToDomain()), CompensationResponse.From);

    private static Results<Ok<PerformanceDepositResponse>, ValidationProblem, ProblemHttpResult> Deposit(
        PerformanceDepositRequestBody body, PerformanceDepositCalculator calculator) =>
        PricingProblems.Respond(calculator.Compute(body.ToDomain()), PerformanceDepositResponse.From);

    private static Results<Ok<NationalMinimumCheckResponse>, ValidationProblem, ProblemHttpResult> NationalMinimum(
        NationalMinimumCheckRequestBody body, NationalMinimumCheck check) =>
        PricingProblems.Respond(check.Check(body.ToDomain()), NationalMinimumCheckResponse.From);
}
