using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Pages.Info;

/// <summary>The pages about the portal itself, linked from every footer and open to everyone (also before sign-in).</summary>
public sealed class InfoPageModel : PageModel
{
    public void OnGet()
    {
    }
}
