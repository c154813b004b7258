using System.Reflection;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Security.Tests;

/// <summary>Structural checks on the reviewed permission table, so extending it cannot quietly weaken it.</summary>
public sealed class PermissionTableTests
{
    private static readonly IReadOnlyList<string> Declared = typeof(Permissions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    private static bool IsRead(string permission) => permission.EndsWith(".read", StringComparison.Ordinal) || permission == Permissions.AuditVerify;

    [Fact]
    public void Every_declared_permission_has_a_row_and_every_row_a_constant()
    {
        Assert.Equal(Declared.Order(), Permissions.Table.Keys.Order());
    }

    [Fact]
    public void Auditors_hold_only_read_permissions()
    {
        var auditor = new CurrentActor("auditor", null, Bureaus.Auditor, null, null, null);
        Assert.All(Permissions.Table.Keys.Where(p => Permissions.Admits(p, auditor)), p => Assert.True(IsRead(p), p));
        Assert.All(Permissions.Table.Keys.Where(IsRead), p => Assert.True(Permissions.Admits(p, auditor), p));
    }

    [Fact]
    public void Every_bureau_staff_member_reads_every_service()
    {
        foreach (var bureau in Bureaus.Staff)
        {
            var clerk = new CurrentActor($"{bureau}.clerk", null, bureau, StaffRoles.Clerk, null, null);
            // The audit trail is the auditors'; failed messages are the operators' (see the table).
            Assert.All(Permissions.Table.Keys.Where(p => p.EndsWith(".read", StringComparison.Ordinal)
                    && p is not (Permissions.AuditRead or Permissions.OperationsMessagesRead)),
                p => Assert.True(Permissions.Admits(p, clerk), $"{bureau} {p}"));
        }
    }

    [Fact]
    public void Service_permissions_admit_no_person_and_person_permissions_no_service()
    {
        foreach (var (permission, grants) in Permissions.Table)
        {
            var forServices = grants.Any(g => g.Bureau == Bureaus.Service);
            Assert.True(!forServices || grants.All(g => g.Bureau == Bureaus.Service), $"{permission} mixes services and people");
        }
    }

    [Fact]
    public void A_person_claiming_a_service_name_is_not_a_service()
    {
        var impostor = CurrentActor.From(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new("sub", "planning.clerk"), new("bureau", "service"), new("service", "admission")], "test")));
        Assert.False(impostor.IsService);
        Assert.False(Permissions.Admits(Permissions.CreditCheck, impostor));
    }

    [Fact]
    public void Each_bureau_writes_what_the_architecture_gives_it()
    {
        static CurrentActor Staff(string bureau, string role = StaffRoles.Clerk) => new("x", null, bureau, role, null, null);
        var enterprise = new CurrentActor("enterprise.a", null, Bureaus.Enterprise, null, "91350100M000100Y43", null);

        Assert.True(Permissions.Admits(Permissions.AdmissionReview, Staff(Bureaus.Development)));
        Assert.True(Permissions.Admits(Permissions.PricingQuotesWrite, Staff(Bureaus.Planning)));
        Assert.True(Permissions.Admits(Permissions.ContractsWrite, Staff(Bureaus.District)));
        Assert.True(Permissions.Admits(Permissions.ContractsWrite, Staff(Bureaus.Planning)));
        Assert.True(Permissions.Admits(Permissions.MonitoringAssessmentsWrite, Staff(Bureaus.Development)));
        Assert.True(Permissions.Admits(Permissions.MonitoringIndicatorsConfirm, Staff(Bureaus.Statistics)));
        Assert.True(Permissions.Admits(Permissions.MonitoringIndicatorsConfirm, Staff(Bureaus.Tax)));
        Assert.True(Permissions.Admits(Permissions.CreditListingsWrite, Staff(Bureaus.Credit)));
        Assert.True(Permissions.Admits(Permissions.AdmissionApplicationsSubmit, enterprise));
        Assert.True(Permissions.Admits(Permissions.MonitoringReportsSubmit, enterprise));
        Assert.True(Permissions.Admits(Permissions.CreditObjectionsFile, enterprise));
        Assert.True(Permissions.Admits(Permissions.ContractsSign, enterprise));

        Assert.False(Permissions.Admits(Permissions.PricingQuotesWrite, Staff(Bureaus.Development, StaffRoles.Leader)));
        Assert.False(Permissions.Admits(Permissions.MonitoringIndicatorsConfirm, Staff(Bureaus.Development)));
        Assert.False(Permissions.Admits(Permissions.AdmissionReview, enterprise));
    }

    [Fact]
    public void Only_operators_replay_failed_messages_and_auditors_may_watch()
    {
        var operatorOnCall = new CurrentActor("operator", null, Bureaus.Operations, StaffRoles.Clerk, null, null);
        var auditor = new CurrentActor("auditor", null, Bureaus.Auditor, null, null, null);
        var enterprise = new CurrentActor("enterprise.a", null, Bureaus.Enterprise, null, "91350100M000100Y43", null);

        Assert.True(Permissions.Admits(Permissions.OperationsMessagesRead, operatorOnCall));
        Assert.True(Permissions.Admits(Permissions.OperationsMessagesReplay, operatorOnCall));
        Assert.True(Permissions.Admits(Permissions.OperationsMessagesRead, auditor));
        Assert.False(Permissions.Admits(Permissions.OperationsMessagesReplay, auditor));
        Assert.False(Permissions.Admits(Permissions.OperationsMessagesRead, enterprise));
        foreach (var bureau in Bureaus.Staff.Where(b => b != Bureaus.Operations))
        {
            var leader = new CurrentActor($"{bureau}.leader", null, bureau, StaffRoles.Leader, null, null);
            Assert.False(Permissions.Admits(Permissions.OperationsMessagesRead, leader), bureau);
            Assert.False(Permissions.Admits(Permissions.OperationsMessagesReplay, leader), bureau);
        }
    }

    [Fact]
    public void An_unknown_permission_fails_at_start_up()
    {
        Assert.Throws<ArgumentException>(() => Permissions.Require("credit.listing.write"));
    }
}
