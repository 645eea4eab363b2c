/*
 * Northstar OKR: helpers every screen's script uses. Changes go through the app's REST API as JSON (which Jira's and
 * the app's XSRF checks accept from Jira's own pages); errors come back translated and are shown next to the field
 * they name. Messages are always inserted as text, never as HTML, because they may quote what a person typed.
 */
(function ($) {
    'use strict';

    function contentOf(xhr) {
        if (xhr && xhr.responseJSON) {
            return xhr.responseJSON;
        }
        try {
            return JSON.parse(xhr.responseText);
        } catch (notJson) {
            return {};
        }
    }

    var okr = {
        /** Sends a JSON body; resolves with the JSON answer. */
        send: function (method, url, body) {
            return $.ajax({
                url: url,
                type: method,
                contentType: 'application/json',
                dataType: 'json',
                data: JSON.stringify(body === undefined ? {} : body)
            });
        },

        clearErrors: function (form) {
            $(form).find('[data-okr-error-for]').text('');
        },

        /** Puts the REST API's translated message next to the field it names, or at the form's end. */
        showError: function (form, xhr) {
            var error = contentOf(xhr);
            var message = error.message || AJS.I18n.getText('okr.ui.error.unexpected');
            var target = $(form).find('[data-okr-error-for="' + (error.field || '') + '"]');
            if (!target.length) {
                target = $(form).find('[data-okr-error-for=""]');
            }
            target.text(message);
        },

        /**
         * The form's fields as the REST API expects them, by each field's data-okr-kind: numbers and whole numbers
         * stay text when they are not numbers (the API then names the field at fault), lists are split at commas.
         */
        values: function (form) {
            var body = {};
            $(form).find('[data-okr-kind]').each(function () {
                var field = $(this);
                var raw = $.trim(field.val() || '');
                var kind = field.data('okr-kind');
                var value = raw;
                if (kind === 'number' && raw !== '' && !isNaN(Number(raw))) {
                    value = Number(raw);
                } else if (kind === 'integer' && /^-?[0-9]+$/.test(raw)) {
                    value = parseInt(raw, 10);
                } else if (kind === 'list') {
                    value = raw === '' ? [] : $.map(raw.split(','), function (part) {
                        var key = $.trim(part);
                        return key === '' ? null : key;
                    });
                } else if (kind === 'optional' && raw === '') {
                    value = null;
                }
                body[field.attr('name')] = value;
            });
            return body;
        }
    };

    window.NorthstarOkr = okr;
}(AJS.$));
