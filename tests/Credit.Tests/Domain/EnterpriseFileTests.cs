using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class EnterpriseFileTests
{
    private static readonly NaturalPerson Zhang = new("张三", "110101199003071234");
    private static readonly NaturalPerson Li = new("李四", "110101198512120021");

    [Fact]
    public void A_file_is_keyed_by_the_code_and_records_who_opened_it_and_when()
    {
        var file = Enterprise.Open(A.Code, " 北京某科技有限公司 ", A.Clerk, A.Beijing(2024, 1, 1));

        Assert.Equal(A.Code.Value, file.Uscc);
        Assert.Equal("北京某科技有限公司", file.Name);
        Assert.Equal(A.Clerk, file.OpenedBy);
        Assert.Empty(file.RelatedSubjects);
    }

    [Fact]
    public void A_new_legal_representative_ends_the_previous_one_without_removing_it()
    {
        var file = A.Enterprise();
        file.RecordLegalRepresentative(Zhang, A.Clerk, A.Beijing(2024, 2, 1));

        file.RecordLegalRepresentative(Li, A.Reviewer, A.Beijing(2024, 6, 1));

        Assert.Equal(Li, file.LegalRepresentative);
        Assert.Equal(2, file.RelatedSubjects.Count);
        Assert.Equal(A.Beijing(2024, 6, 1), file.RelatedSubjects[0].EndedAt);
        Assert.Equal(A.Reviewer, file.RelatedSubjects[0].EndedBy);
        Assert.True(file.RelatedSubjects[1].IsCurrent);
        Assert.Equal(A.Reviewer, file.RelatedSubjects[1].RecordedBy);
    }

    [Fact]
    public void Recording_the_same_legal_representative_again_changes_nothing()
    {
        var file = A.Enterprise();
        file.RecordLegalRepresentative(Zhang, A.Clerk, A.Beijing(2024, 2, 1));

        file.RecordLegalRepresentative(new NaturalPerson("张三", "110101 19900307 1234"), A.Clerk, A.Beijing(2024, 3, 1));

        Assert.Single(file.RelatedSubjects);
    }

    [Fact]
    public void A_controlled_company_is_recorded_once_and_its_end_is_kept()
    {
        var file = A.Enterprise();
        file.RecordControlledCompany(A.OtherCode, A.Clerk, A.Beijing(2024, 2, 1));

        A.Refused<ACurrentRelationIsRecordedOnce>(() => file.RecordControlledCompany(A.OtherCode, A.Clerk, A.Beijing(2024, 2, 2)));
        file.EndControlOf(A.OtherCode, A.Clerk, A.Beijing(2024, 9, 1));

        Assert.Empty(file.ControlledCompanies);
        Assert.Single(file.RelatedSubjects);
        Assert.False(file.RelatedSubjects[0].IsCurrent);
        A.Refused<OnlyACurrentRelationCanBeEnded>(() => file.EndControlOf(A.OtherCode, A.Clerk, A.Beijing(2024, 9, 2)));
    }

    [Fact]
    public void An_enterprise_cannot_control_itself()
    {
        var file = A.Enterprise();

        A.Refused<AnEnterpriseCannotControlItself>(() => file.RecordControlledCompany(A.Code, A.Clerk, A.Beijing(2024, 2, 1)));
    }

    [Fact]
    public void A_legal_representatives_id_number_never_appears_in_text()
    {
        var text = Zhang.ToString();

        Assert.DoesNotContain("110101199003071234", text, StringComparison.Ordinal);
        Assert.Contains("张三", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_person_is_recognised_whatever_spacing_or_case_the_id_number_was_typed_with()
    {
        Assert.True(new NaturalPerson("王五", "11010119900307123x").IsSamePersonAs(new NaturalPerson("王五", " 11010119900307123X ")));
        Assert.False(Zhang.IsSamePersonAs(Li));
    }
}
