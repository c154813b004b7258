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
    public void Show(ApiProblem? problem, IEnumerable<(string Field, string Property)> fields)
    {
        _messages.Clear();
        foreach (var (field, property) in fields)
        {
            if (problem?.For(field) is { } message)
            {
                _messages.Add(Context.Field(property), message);
            }
        }

        Context.NotifyValidationStateChanged();
    }
}
