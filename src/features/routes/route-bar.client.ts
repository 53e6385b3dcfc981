/**
 * Entry pages load only this: when the address carries a reading route
 * (?route=…&stap=…), fetch the renderer and the route summary. Everyone else
 * pays a few bytes and no request.
 */
if (new URLSearchParams(window.location.search).has('route')) {
  void import('./route-bar-render.client').then((m) => m.renderRouteBar());
}
