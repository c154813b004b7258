using LandPlatform.Web.Api;
using Microsoft.AspNetCore.Components.Forms;

namespace LandPlatform.Web.Components.Shared;

/// <summary>
/// The service's field errors (problem details <c>errors</c>) put into the form's validation state, so Blazor's
/// input components mark the field <c>aria-invalid</c> themselves: they drop an <c>aria-invalid</c> written by
/// hand whenever their field has no message in the <see cref="EditContext"/>.
/// </summary>
public sealed class ServiceFieldErrors
{
    private readonly ValidationMessageStore _messages;

    public ServiceFieldErrors(object model)
    {
        Context = new EditContext(model);
        _messages = new ValidationMessageStore(Context);
    }

    public EditContext Context { get; }

    /// <summary>Shows the problem's errors: each service field (its JSON name) on the model property that edits it.</summary>
    public void Show(ApiProblem? problem, IEnumerable<(string Field, string Property)> fields) =>
        Show(problem, fields.Select(f => (f.Field, Context.Field(f.Property))));

    /// <summary>The same, for fields on objects inside the model (a list of figures: <c>figures.outputValue</c> on one entry).</summary>
    public void Show(ApiProblem? problem, IEnumerable<(string Field, FieldIdentifier Identifier)> fields)
    {
        _messages.Clear();
        foreach (var (field, identifier) in fields)
        {
            if (problem?.For(field) is { } message)
            {
                _messages.Add(identifier, message);
            }
        }

        Context.NotifyValidationStateChanged();
    }
}
