using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// A page with a form. When the posted input is invalid, <see cref="ValidationFilter"/> skips the handler and
/// shows the form again through <see cref="RedisplayAsync"/>, with what the user typed and the messages.
/// </summary>
public abstract class FormPageModel : PageModel
{
    /// <summary>Pages that show more than the form (a name, a list to choose from) load it here.</summary>
    public virtual Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) => Task.FromResult<IActionResult>(Page());
}
