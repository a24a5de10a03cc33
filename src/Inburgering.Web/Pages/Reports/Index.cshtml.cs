using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Pages.Reports;

public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportFilter Filter { get; set; } = new();

    public void OnGet() => ModelState.Clear();
}
