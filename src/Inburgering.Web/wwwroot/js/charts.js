// Report charts: the data is in the canvas's data-chart attribute (the table beside it holds the same figures).
(function () {
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var data = JSON.parse(canvas.getAttribute("data-chart"));
        var colours = ["#1f3b57", "#2f7d5b", "#b35c00", "#6b3fa0", "#8a1c1c"];
        data.datasets.forEach(function (set, i) { set.backgroundColor = colours[i % colours.length]; });
        new window.Chart(canvas, {
            type: "bar",
            data: data,
            options: { responsive: true, animation: false, plugins: { legend: { position: "bottom" } }, scales: { y: { beginAtZero: true } } }
        });
    });
})();
