namespace LandPlatform.Web.Components.Pages.Work;

/// <summary>The review steps' forms on an application's page, one per step (each posted on its own).</summary>
public sealed class NoteForm
{
    public string? Note { get; set; }
}

public sealed class OpinionForm
{
    public string? Bureau { get; set; }

    public string? Person { get; set; }

    public string? Agree { get; set; }

    public string? Reasons { get; set; }
}

public sealed class ApprovalForm
{
    public string? Approve { get; set; }

    public string? Opinion { get; set; }
}
