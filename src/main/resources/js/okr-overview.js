/*
 * Northstar OKR, overview page: choosing a cycle, project or owner shows it at once (the form also works without
 * this script, with its button).
 */
(function ($) {
    'use strict';

    $(document).on('change', 'form.okr-overview-filters select', function () {
        $(this).closest('form').trigger('submit');
    });
}(AJS.$));
