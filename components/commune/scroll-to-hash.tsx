"use client";

import { useEffect } from "react";

/** Brings the element the URL's fragment names (e.g. #criterion-10) into view once it is on the
 * page: the commune page streams its criteria in after the browser (or the router) looked for the
 * fragment, so a link to one criterion would otherwise land at the top. */
export function ScrollToHash() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return null;
}
